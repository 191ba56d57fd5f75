/**
 * Development plans: the plan model and {@code PlanChecker}; activity catalogues ({@code Catalogue},
 * {@code CatalogueItem}, {@code CatalogueChecker}); drafting a plan from a gap and a catalogue
 * ({@code PlanDrafter}, {@code Draft}).
 *
 * <h2>Thread safety</h2>
 * {@code Plan} and its parts, {@code Catalogue}, {@code CatalogueItem} and {@code Draft} are immutable and
 * safe to share; {@code Plan.Builder} is mutable and meant for one thread. {@code PlanChecker},
 * {@code CatalogueChecker} and {@code PlanDrafter} are stateless: they may run on many threads at once,
 * sharing one framework, one compiled framework and one catalogue.
 */
package org.cadre.plan;
