package org.cadre.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a {@link ProficiencyScale}. Levels are compared by {@code rank}: a higher rank is a
 * higher proficiency.
 *
 * @param id           the level's id, unique within its scale
 * @param label        the name shown to people
 * @param rank         the position on the scale, 0 to 1000, unique within its scale
 * @param description  what the level means
 * @param translations label ({@link Translation#title()}) and description in other languages, by language tag
 * @param extensions   {@code x-} fields
 */
public record Level(
        @NotNull @Pattern(regexp = Ids.ID) String id,
        @NotBlank @MaxCodePoints(500) String label,
        @Min(0) @Max(1000) int rank,
        Optional<String> description,
        Map<String, Translation> translations,
        Extensions extensions) {

    /** Validates and copies the components. */
    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        translations = Copies.map(translations, "translations");
        Objects.requireNonNull(extensions, "extensions");
    }

    /** A level with an id, a label and a rank, and nothing else. */
    public static Level of(String id, String label, int rank) {
        return new Level(id, label, rank, Optional.empty(), Map.of(), Extensions.none());
    }
}
