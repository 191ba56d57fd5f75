package org.cadre.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an organisation asks of development plans. Every part is optional; an absent part is not checked.
 *
 * @param approvals         the roles whose approval a plan needs before it may be in a status (and in every
 *                          status after it): for example agreed → line-manager and programme-lead
 * @param maxHoursPerWeek   the most development hours a week, averaged over each activity's span
 * @param minWeeks          the shortest plan, in weeks
 * @param maxWeeks          the longest plan, in weeks
 * @param mix               the learning mix, category → percent of hours (for example 70:20:10)
 * @param mixTolerance      how many percentage points each category may differ from the mix
 * @param reviewEveryWeeks  the longest time, in weeks, between the start, each review, and the end
 * @param activityPerGoal   whether every goal needs at least one activity
 * @param activityTypes     activity types of the organisation's own, beside {@link ActivityType#STANDARD}
 */
public record PlanPolicy(Map<PlanStatus, List<String>> approvals, Optional<BigDecimal> maxHoursPerWeek,
                         Optional<Integer> minWeeks, Optional<Integer> maxWeeks, Map<LearningCategory, Integer> mix,
                         int mixTolerance, Optional<Integer> reviewEveryWeeks, boolean activityPerGoal,
                         List<ActivityType> activityTypes) {

    /** No requirement except an activity for every goal. */
    public static final PlanPolicy NONE = new PlanPolicy(Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of(), 0, Optional.empty(), true, List.of());

    /** Validates and copies the components. */
    public PlanPolicy {
        Map<PlanStatus, List<String>> copy = new LinkedHashMap<>();
        approvals.forEach((status, roles) -> copy.put(Objects.requireNonNull(status), List.copyOf(roles)));
        approvals = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(maxHoursPerWeek, "maxHoursPerWeek");
        Objects.requireNonNull(minWeeks, "minWeeks");
        Objects.requireNonNull(maxWeeks, "maxWeeks");
        mix = Collections.unmodifiableMap(new LinkedHashMap<>(mix));
        if (!mix.isEmpty() && mix.values().stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException("the learning mix must add up to 100 percent, got " + mix);
        }
        if (mixTolerance < 0) {
            throw new IllegalArgumentException("mixTolerance must not be negative, got " + mixTolerance);
        }
        Objects.requireNonNull(reviewEveryWeeks, "reviewEveryWeeks");
        activityTypes = List.copyOf(activityTypes);
    }

    /** The activity type with the given id: the organisation's own first, then the standard ones. */
    public Optional<ActivityType> activityType(String id) {
        return activityTypes.stream().filter(type -> type.id().equals(id)).findFirst()
                .or(() -> ActivityType.standard(id));
    }

    /**
     * The roles whose approval a plan needs in a status: those required for the status itself and for every
     * status before it on the way (a plan in progress was agreed, so it still needs the agreed approvals).
     */
    public List<String> requiredApprovals(PlanStatus status) {
        List<String> roles = new java.util.ArrayList<>();
        for (PlanStatus earlier : PlanStatus.values()) {
            if (earlier == PlanStatus.WITHDRAWN) {
                continue;
            }
            if (earlier.ordinal() <= status.ordinal() && status != PlanStatus.WITHDRAWN) {
                approvals.getOrDefault(earlier, List.of()).stream().filter(role -> !roles.contains(role))
                        .forEach(roles::add);
            }
        }
        return roles;
    }
}
