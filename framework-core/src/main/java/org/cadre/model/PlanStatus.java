package org.cadre.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a development plan is in its workflow: draft → submitted → agreed → active → completed, or
 * withdrawn from any status before completed. A submitted plan may also go back to draft.
 */
public enum PlanStatus {
    /** Being written. */
    DRAFT,
    /** Sent for agreement. */
    SUBMITTED,
    /** Agreed by those whose approval the policy requires. */
    AGREED,
    /** Being carried out. */
    ACTIVE,
    /** Finished. */
    COMPLETED,
    /** Abandoned. */
    WITHDRAWN;

    /** The statuses a plan in this status may move to next. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(DRAFT, AGREED, WITHDRAWN);
            case AGREED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED, WITHDRAWN -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    /** Whether a plan in this status has been agreed (agreed, active or completed). */
    public boolean agreed() {
        return this == AGREED || this == ACTIVE || this == COMPLETED;
    }

    /** The name used in documents: {@code draft}, {@code submitted}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with the given document name. */
    public static Optional<PlanStatus> fromJsonName(String name) {
        return Arrays.stream(values()).filter(status -> status.jsonName().equals(name)).findFirst();
    }
}
