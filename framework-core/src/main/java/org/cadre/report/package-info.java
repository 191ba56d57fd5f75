/**
 * Problem reports: {@code Issue}s with a stable code from {@code Codes}, a severity, a JSON Pointer, a line
 * and column and a message, collected in a {@code Report}.
 *
 * <h2>Thread safety</h2>
 * {@code Issue}, {@code Report} and {@code Severity} are immutable; {@code Codes} and {@code Pointers} hold
 * only constants and stateless static methods. The exceptions carry an immutable report. All are safe to
 * share between threads.
 */
package org.cadre.report;
