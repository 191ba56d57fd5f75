package org.cadre.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Extension fields of a document object: fields whose names start with {@code x-}. Cadre does not
 * interpret them; it keeps each value as compact JSON text so that a load → write → load round trip
 * gives them back unchanged. Immutable; iteration follows the order of the file.
 */
public final class Extensions {

    /** The prefix every extension field name starts with. */
    public static final String PREFIX = "x-";

    private static final Extensions NONE = new Extensions(Map.of());

    private final Map<String, String> values;

    private Extensions(Map<String, String> values) {
        this.values = values;
    }

    /** No extension fields. */
    public static Extensions none() {
        return NONE;
    }

    /**
     * Extension fields from a map of name to JSON text.
     *
     * @throws IllegalArgumentException if a name does not start with {@code x-}
     * @throws NullPointerException     if the map, a name or a value is null
     */
    public static Extensions of(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return NONE;
        }
        for (String name : values.keySet()) {
            Objects.requireNonNull(name, "extension field name");
            if (!name.startsWith(PREFIX)) {
                throw new IllegalArgumentException("extension field names start with 'x-', got [" + name + "]");
            }
        }
        return new Extensions(Copies.map(values, "extensions"));
    }

    /** The names, in file order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** The JSON text of one extension field. */
    public Optional<String> json(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Name to JSON text, in file order; unmodifiable. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extensions extensions && values.equals(extensions.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Extensions" + values;
    }
}
