package org.cadre.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ordered set of proficiency levels, such as <em>essential &lt; proficient &lt; strong &lt;
 * exemplary</em>. Immutable; build one with {@link #builder(String, String)}.
 */
public final class ProficiencyScale {

    @NotNull
    @Pattern(regexp = Ids.ID)
    private final String id;
    @NotBlank
    @MaxCodePoints(500)
    private final String title;
    private final String description;
    @NotNull
    @Size(min = 1, max = 100)
    private final List<@Valid Level> levels;
    private final Map<String, Translation> translations;
    private final Extensions extensions;
    private final Map<String, Level> byId;
    private final List<Level> byRank;

    private ProficiencyScale(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.title = Objects.requireNonNull(builder.title, "title");
        this.description = builder.description;
        this.levels = List.copyOf(builder.levels);
        this.translations = Copies.map(builder.translations, "translations");
        this.extensions = builder.extensions;
        Map<String, Level> index = new LinkedHashMap<>();
        for (Level level : levels) {
            index.putIfAbsent(level.id(), level);
        }
        this.byId = index;
        List<Level> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.comparingInt(Level::rank));
        this.byRank = List.copyOf(sorted);
    }

    /** A builder for a scale with the given id and title. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** The scale's id, unique within its framework. */
    public String id() {
        return id;
    }

    /** The name shown to people. */
    public String title() {
        return title;
    }

    /** What the scale measures. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The levels in document order. */
    public List<Level> levels() {
        return levels;
    }

    /** The levels from the lowest rank to the highest. */
    public List<Level> levelsByRank() {
        return byRank;
    }

    /** The level with the given id (the first, if the scale wrongly has two). */
    public Optional<Level> level(String levelId) {
        return Optional.ofNullable(byId.get(levelId));
    }

    /** The rank of the level with the given id, or empty if the scale has no such level. */
    public OptionalInt rankOf(String levelId) {
        Level level = byId.get(levelId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level.rank());
    }

    /** The lowest level, or empty for an (invalid) empty scale. */
    public Optional<Level> lowest() {
        return byRank.isEmpty() ? Optional.empty() : Optional.of(byRank.get(0));
    }

    /** The highest level, or empty for an (invalid) empty scale. */
    public Optional<Level> highest() {
        return byRank.isEmpty() ? Optional.empty() : Optional.of(byRank.get(byRank.size() - 1));
    }

    /** Title and description in other languages, by language tag. */
    public Map<String, Translation> translations() {
        return translations;
    }

    /** {@code x-} fields. */
    public Extensions extensions() {
        return extensions;
    }

    /** A builder holding this scale's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, title).description(description).levels(levels).translations(translations)
                .extensions(extensions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProficiencyScale scale && id.equals(scale.id) && title.equals(scale.title)
                && Objects.equals(description, scale.description) && levels.equals(scale.levels)
                && translations.equals(scale.translations) && extensions.equals(scale.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, levels, translations, extensions);
    }

    @Override
    public String toString() {
        return "ProficiencyScale[" + id + ", levels=" + levels.stream().map(Level::id).toList() + "]";
    }

    /** Builds a {@link ProficiencyScale}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String description;
        private final List<Level> levels = new ArrayList<>();
        private Map<String, Translation> translations = Map.of();
        private Extensions extensions = Extensions.none();

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Sets the description ({@code null} for none). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Appends a level. */
        public Builder level(Level level) {
            levels.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        /** Appends a level with an id, label and rank. */
        public Builder level(String levelId, String label, int rank) {
            return level(Level.of(levelId, label, rank));
        }

        /** Replaces the levels. */
        public Builder levels(List<Level> values) {
            levels.clear();
            values.forEach(this::level);
            return this;
        }

        /** Sets the translations. */
        public Builder translations(Map<String, Translation> values) {
            this.translations = Objects.requireNonNull(values, "translations");
            return this;
        }

        /** Sets the extension fields. */
        public Builder extensions(Extensions values) {
            this.extensions = Objects.requireNonNull(values, "extensions");
            return this;
        }

        /** The scale. */
        public ProficiencyScale build() {
            return new ProficiencyScale(this);
        }
    }
}
