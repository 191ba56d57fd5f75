/**
 * Development plans: the plan model and {@code PlanChecker}.
 *
 * <h2>Thread safety</h2>
 * {@code Plan} and its parts are immutable and safe to share; {@code Plan.Builder} is mutable and meant for
 * one thread. {@code PlanChecker} is stateless: {@code check} and {@code coverage} may run on many threads
 * at once, sharing one framework and one compiled framework.
 */
package org.cadre.plan;
