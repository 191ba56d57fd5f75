package org.cadre.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import java.util.Objects;

/**
 * How long a programme lasts, in a whole number of units.
 *
 * @param value a positive number of units
 * @param unit  the unit
 */
public record ProgrammeDuration(@Min(1) @Max(100_000) int value, Unit unit) {

    /** The units a programme's length is given in. */
    public enum Unit {
        /** Hours of learning, for short courses. */
        HOURS,
        /** Days. */
        DAYS,
        /** Weeks. */
        WEEKS,
        /** Months. */
        MONTHS,
        /** Years. */
        YEARS;

        /** The name used in documents: {@code hours}, {@code days}, … */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The unit with the given document name.
         *
         * @throws IllegalArgumentException if there is none
         */
        public static Unit fromJsonName(String name) {
            return Unit.valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Validates the components. */
    public ProgrammeDuration {
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return value + " " + unit.jsonName();
    }
}
