/**
 * Cadre's JSON format: {@code DocumentLoader}, {@code DocumentWriter}, {@code Limits}, {@code Schemas}.
 *
 * <h2>Thread safety</h2>
 * {@code DocumentLoader}, {@code DocumentWriter} and {@code Limits} are immutable and thread-safe: share
 * one loader and one writer between threads. A {@code LoadResult} is an immutable value; {@code Schemas}
 * holds only constants and {@code DocumentKind} is an enum. Each call of
 * {@code streamCohort} reads its own stream on the calling thread and hands each person to the sink on that
 * thread; the sink need not be thread-safe unless the host shares it between calls.
 */
package org.cadre.json;
