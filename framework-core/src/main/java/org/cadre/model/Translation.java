package org.cadre.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The texts of one object in one other language. For a {@link Level}, {@code title} is its label.
 * Indicators are used by competencies only.
 *
 * @param title       the title (or a level's label), if translated
 * @param description the description, if translated
 * @param indicators  behavioural indicators by level id, if translated; unmodifiable
 */
public record Translation(Optional<String> title, Optional<String> description, Map<String, List<String>> indicators) {

    /** Validates and copies the components. */
    public Translation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        indicators = Copies.statements(indicators, "indicators");
    }

    /** A translation of a title and description (either may be null for "not translated"). */
    public static Translation of(String title, String description) {
        return new Translation(Optional.ofNullable(title), Optional.ofNullable(description), Map.of());
    }
}
