package org.cadre.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a framework's competency tree: a domain, dimension, capability, element or any other kind.
 * The tree is formed by {@link #parent()} links. A competency is rated on its own {@link #scale()} or,
 * when it names none, on its nearest ancestor's (see {@link Framework#effectiveScale(String)}).
 * Immutable; build one with {@link #builder(String, String)}.
 */
public final class Competency {

    @NotNull
    @Pattern(regexp = Ids.ID)
    private final String id;
    @NotBlank
    @MaxCodePoints(500)
    private final String title;
    private final String description;
    @Pattern(regexp = Ids.KIND)
    private final String kind;
    @Pattern(regexp = Ids.ID)
    private final String parent;
    @Pattern(regexp = Ids.ID)
    private final String scale;
    private final Map<String, List<String>> indicators;
    private final List<@Pattern(regexp = Ids.TAG) String> tags;
    private final CompetencyStatus status;
    @Pattern(regexp = Ids.ID)
    private final String replacedBy;
    private final List<@Valid Relation> relations;
    private final Map<String, Translation> translations;
    private final Extensions extensions;

    private Competency(Builder builder) {
        this.id = builder.id;
        this.title = builder.title;
        this.description = builder.description;
        this.kind = builder.kind;
        this.parent = builder.parent;
        this.scale = builder.scale;
        this.indicators = Copies.statements(builder.indicators, "indicators");
        this.tags = List.copyOf(builder.tags);
        this.status = builder.status;
        this.replacedBy = builder.replacedBy;
        this.relations = List.copyOf(builder.relations);
        this.translations = Copies.map(builder.translations, "translations");
        this.extensions = builder.extensions;
    }

    /** A builder for a competency with the given id and title. */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** The id, unique within the framework. */
    public String id() {
        return id;
    }

    /** The name shown to people. */
    public String title() {
        return title;
    }

    /** What the competency is about. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** What sort of node this is ({@code domain}, {@code dimension}, …), if stated. */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /** The id of the parent competency; empty for a root. */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    /** The id of the scale this competency names itself; see {@link Framework#effectiveScale(String)}. */
    public Optional<String> scale() {
        return Optional.ofNullable(scale);
    }

    /** Behavioural indicators: level id to statements, in document order. */
    public Map<String, List<String>> indicators() {
        return indicators;
    }

    /** The statements for one level; empty if there are none. */
    public List<String> indicators(String levelId) {
        return indicators.getOrDefault(levelId, List.of());
    }

    /** Free tags used to group competencies across the tree. */
    public List<String> tags() {
        return tags;
    }

    /** Active or retired. */
    public CompetencyStatus status() {
        return status;
    }

    /** For a retired competency, the id of the one that replaces it. */
    public Optional<String> replacedBy() {
        return Optional.ofNullable(replacedBy);
    }

    /** Typed links to other competencies of the framework, in document order; empty if there are none. */
    public List<Relation> relations() {
        return relations;
    }

    /** Title, description and indicators in other languages, by language tag. */
    public Map<String, Translation> translations() {
        return translations;
    }

    /** {@code x-} fields. */
    public Extensions extensions() {
        return extensions;
    }

    /** A builder holding this competency's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(id, title).description(description).kind(kind).parent(parent).scale(scale)
                .indicators(indicators).tags(tags).status(status).replacedBy(replacedBy).relations(relations)
                .translations(translations).extensions(extensions);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Competency that && id.equals(that.id) && title.equals(that.title)
                && Objects.equals(description, that.description) && Objects.equals(kind, that.kind)
                && Objects.equals(parent, that.parent) && Objects.equals(scale, that.scale)
                && indicators.equals(that.indicators) && tags.equals(that.tags) && status == that.status
                && Objects.equals(replacedBy, that.replacedBy) && relations.equals(that.relations)
                && translations.equals(that.translations)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, kind, parent, scale, indicators, tags, status, replacedBy,
                relations, translations, extensions);
    }

    @Override
    public String toString() {
        return "Competency[" + id + "]";
    }

    /** Builds a {@link Competency}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String description;
        private String kind;
        private String parent;
        private String scale;
        private Map<String, List<String>> indicators = Map.of();
        private final List<String> tags = new ArrayList<>();
        private CompetencyStatus status = CompetencyStatus.ACTIVE;
        private String replacedBy;
        private final List<Relation> relations = new ArrayList<>();
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

        /** Sets the kind ({@code null} for none). */
        public Builder kind(String value) {
            this.kind = value;
            return this;
        }

        /** Sets the parent's id ({@code null} for a root). */
        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        /** Sets the scale's id ({@code null} to inherit the parent's). */
        public Builder scale(String value) {
            this.scale = value;
            return this;
        }

        /** Sets the indicators, level id to statements. */
        public Builder indicators(Map<String, List<String>> values) {
            this.indicators = Objects.requireNonNull(values, "indicators");
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(List<String> values) {
            tags.clear();
            values.forEach(tag -> tags.add(Objects.requireNonNull(tag, "tag")));
            return this;
        }

        /** Sets the status (default {@link CompetencyStatus#ACTIVE}). */
        public Builder status(CompetencyStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** Sets the id of the replacing competency ({@code null} for none). */
        public Builder replacedBy(String value) {
            this.replacedBy = value;
            return this;
        }

        /** Replaces the relations to other competencies. */
        public Builder relations(List<Relation> values) {
            relations.clear();
            values.forEach(this::relation);
            return this;
        }

        /** Appends a relation to another competency. */
        public Builder relation(Relation value) {
            relations.add(Objects.requireNonNull(value, "relation"));
            return this;
        }

        /** Appends a relation of the given type to the competency with the given id. */
        public Builder relation(String type, String target) {
            return relation(new Relation(type, target));
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

        /** The competency. */
        public Competency build() {
            return new Competency(this);
        }
    }
}
