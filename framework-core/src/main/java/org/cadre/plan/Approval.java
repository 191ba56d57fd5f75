package org.cadre.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approval of a plan.
 *
 * @param role     the approver's role, such as {@code line-manager} or {@code programme-lead}
 * @param approver an identifier of the approver (never a name)
 * @param date     when it was given
 */
public record Approval(String role, String approver, LocalDate date) {

    /** Validates the components. */
    public Approval {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(date, "date");
    }
}
