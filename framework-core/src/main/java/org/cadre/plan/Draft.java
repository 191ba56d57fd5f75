package org.cadre.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cadre.report.Issue;
import org.cadre.report.Severity;

/**
 * What {@link PlanDrafter} produced: a plan, with warnings about what its goals cannot address, or no plan
 * and the errors that say why none can satisfy the framework's plan policy with the catalogue at hand.
 *
 * @param plan   the drafted plan, absent when none could be drafted
 * @param issues the errors that stopped the draft, or the warnings that come with the plan
 */
public record Draft(Optional<Plan> plan, List<Issue> issues) {

    /** Validates and copies the components. */
    public Draft {
        Objects.requireNonNull(plan, "plan");
        issues = List.copyOf(issues);
        if (plan.isEmpty() && issues.stream().noneMatch(issue -> issue.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a draft without a plan must say why, with an error");
        }
    }

    /** Whether a plan was drafted. */
    public boolean drafted() {
        return plan.isPresent();
    }
}
