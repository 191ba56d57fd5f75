/**
 * The framework model: frameworks, scales, competencies, programmes, rules, rating and plan policies.
 *
 * <h2>Thread safety</h2>
 * Every model type is immutable once built — records and final classes whose collections are copied on
 * construction — and so safe to share between threads without synchronisation. The {@code Builder}s
 * ({@code Framework.Builder}, {@code Competency.Builder}, {@code ProficiencyScale.Builder},
 * {@code Programme.Builder}) are mutable and meant for one thread; what they build is immutable.
 */
package org.cadre.model;
