/**
 * The checks that need no file format: {@code FrameworkChecker}, {@code RuleChecker} and
 * {@code PersonChecker}.
 *
 * <h2>Thread safety</h2>
 * The checkers are stateless: each call works on its own private state and returns an immutable list, so any
 * number of threads may call them at once, on the same framework or on different ones.
 */
package org.cadre.check;
