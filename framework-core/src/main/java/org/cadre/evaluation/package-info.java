/**
 * The rule engine: a framework compiled once ({@code CompiledFramework}, {@code CompiledRule}) and evaluated
 * for many people, with three-valued verdicts, explanations, progression and gap analysis.
 *
 * <h2>Thread safety</h2>
 * A {@code CompiledFramework} and its {@code CompiledRule}s are immutable after {@code compile} returns and
 * are meant to be shared: any number of threads may evaluate, explain and analyse gaps on one compiled
 * framework at once and get exactly the results one thread gets ({@code ConcurrencyTest},
 * {@code PlanConcurrencyTest}). A {@code PersonState} is immutable once made and may be shared too. The
 * results — {@code Evaluation}, {@code Explanation}, {@code Gap}, {@code Change}, {@code Progression},
 * {@code Verdict} — are immutable values. {@code Selection} and {@code Checkpoints} are immutable and built on a
 * compiled framework; their results are immutable values.
 */
package org.cadre.evaluation;
