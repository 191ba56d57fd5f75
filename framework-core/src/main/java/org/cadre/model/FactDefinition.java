package org.cadre.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact about a person that the framework's rules may use: a number (hours of practice, months in
 * role) or a string (band, staff group, a self-declared eligibility). Declaring facts lets the checker
 * catch a misspelt fact name or a rule that compares a string fact with a number.
 *
 * @param name        the fact's name, as used in person records and rules
 * @param type        number or string
 * @param unit        for a number, its unit (such as {@code hours}), if stated
 * @param description what the fact means
 * @param values      for a string, the values it may take; empty for any
 */
public record FactDefinition(String name, Type type, Optional<String> unit, Optional<String> description,
                             List<String> values) {

    /** The type of a fact. */
    public enum Type {
        /** A number. */
        NUMBER,
        /** A string. */
        STRING;

        /** The name used in documents: {@code number} or {@code string}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type with the given document name. */
        public static Optional<Type> fromJsonName(String name) {
            return Arrays.stream(values()).filter(value -> value.jsonName().equals(name)).findFirst();
        }
    }

    /** Validates and copies the components. */
    public FactDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
    }

    /** A numeric fact with a unit. */
    public static FactDefinition number(String name, String unit) {
        return new FactDefinition(name, Type.NUMBER, Optional.ofNullable(unit), Optional.empty(), List.of());
    }

    /** A string fact that may take the given values (none for any). */
    public static FactDefinition string(String name, String... values) {
        return new FactDefinition(name, Type.STRING, Optional.empty(), Optional.empty(), List.of(values));
    }
}
