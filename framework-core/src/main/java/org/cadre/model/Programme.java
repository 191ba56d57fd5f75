package org.cadre.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rung of a leadership development ladder: who it is for, how long it lasts, the profile it aims at,
 * the programmes it leads to, and the rules for entering and completing it; for a programme with limited
 * places, its capacity, the ranking that selects among eligible people and the checkpoints that follow a
 * participant's progress. Immutable; build one with {@link #builder(String, String)}.
 */
public final class Programme {

    @NotNull
    @Pattern(regexp = Ids.ID)
    private final String id;
    @NotBlank
    @MaxCodePoints(500)
    private final String title;
    private final String description;
    @MaxCodePoints(2000)
    private final String audience;
    @Valid
    private final ProgrammeDuration duration;
    private final Map<String, String> targetProfile;
    private final List<@Pattern(regexp = Ids.ID) String> leadsTo;
    private final Rule entry;
    private final Rule completion;
    @Min(1)
    @Max(1_000_000)
    private final Integer capacity;
    private final List<SelectionKey> selection;
    private final List<@Valid Checkpoint> checkpoints;
    private final Map<String, Translation> translations;
    private final Extensions extensions;

    private Programme(Builder builder) {
        this.id = builder.id;
        this.title = builder.title;
        this.description = builder.description;
        this.audience = builder.audience;
        this.duration = builder.duration;
        this.targetProfile = Copies.map(builder.targetProfile, "targetProfile");
        this.leadsTo = List.copyOf(builder.leadsTo);
        this.entry = builder.entry;
        this.completion = builder.completion;
        this.capacity = builder.capacity;
        this.selection = List.copyOf(builder.selection);
        this.checkpoints = List.copyOf(builder.checkpoints);
        this.translations = Copies.map(builder.translations, "translations");
        this.extensions = builder.extensions;
    }

    /** A builder for a programme with the given id and title. */
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

    /** What the programme is. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Who the programme is for, in words. */
    public Optional<String> audience() {
        return Optional.ofNullable(audience);
    }

    /** How long it lasts. */
    public Optional<ProgrammeDuration> duration() {
        return Optional.ofNullable(duration);
    }

    /** The level each competency should reach: competency id to level id, in document order. */
    public Map<String, String> targetProfile() {
        return targetProfile;
    }

    /** The ids of the programmes this one prepares people for. */
    public List<String> leadsTo() {
        return leadsTo;
    }

    /** Who may start the programme, as a rule over a person's record; empty when anyone may. */
    public Optional<Rule> entry() {
        return Optional.ofNullable(entry);
    }

    /** What a participant must show to complete the programme; empty when it is not stated. */
    public Optional<Rule> completion() {
        return Optional.ofNullable(completion);
    }

    /** How many places a cohort of the programme has; empty when it is not limited. */
    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    /**
     * The ranking that selects among eligible people, most important key first; empty when none is stated
     * (then people are taken in order of their ids). Ties left by every key go by person id.
     */
    public List<SelectionKey> selection() {
        return selection;
    }

    /** The progress checkpoints, in document order. */
    public List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** Title and description in other languages, by language tag. */
    public Map<String, Translation> translations() {
        return translations;
    }

    /** {@code x-} fields. */
    public Extensions extensions() {
        return extensions;
    }

    /** A builder holding this programme's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, title).description(description).audience(audience).duration(duration)
                .targetProfile(targetProfile).leadsTo(leadsTo).entry(entry).completion(completion)
                .capacity(capacity).selection(selection).checkpoints(checkpoints).translations(translations).extensions(extensions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Programme that && id.equals(that.id) && title.equals(that.title)
                && Objects.equals(description, that.description) && Objects.equals(audience, that.audience)
                && Objects.equals(duration, that.duration) && targetProfile.equals(that.targetProfile)
                && leadsTo.equals(that.leadsTo) && Objects.equals(entry, that.entry)
                && Objects.equals(completion, that.completion) && Objects.equals(capacity, that.capacity)
                && selection.equals(that.selection) && checkpoints.equals(that.checkpoints) && translations.equals(that.translations)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, audience, duration, targetProfile, leadsTo, entry, completion,
                capacity, selection, checkpoints, translations, extensions);
    }

    @Override
    public String toString() {
        return "Programme[" + id + "]";
    }

    /** Builds a {@link Programme}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private String description;
        private String audience;
        private ProgrammeDuration duration;
        private Map<String, String> targetProfile = Map.of();
        private final List<String> leadsTo = new ArrayList<>();
        private Rule entry;
        private Rule completion;
        private Integer capacity;
        private final List<SelectionKey> selection = new ArrayList<>();
        private final List<Checkpoint> checkpoints = new ArrayList<>();
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

        /** Sets the audience ({@code null} for none). */
        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        /** Sets the duration ({@code null} for none). */
        public Builder duration(ProgrammeDuration value) {
            this.duration = value;
            return this;
        }

        /** Sets the target profile, competency id to level id. */
        public Builder targetProfile(Map<String, String> values) {
            this.targetProfile = Objects.requireNonNull(values, "targetProfile");
            return this;
        }

        /** Replaces the programmes this one leads to. */
        public Builder leadsTo(List<String> values) {
            leadsTo.clear();
            values.forEach(value -> leadsTo.add(Objects.requireNonNull(value, "leadsTo")));
            return this;
        }

        /** Sets the entry rule ({@code null} for none: anyone may start). */
        public Builder entry(Rule value) {
            this.entry = value;
            return this;
        }

        /** Sets the completion rule ({@code null} for none). */
        public Builder completion(Rule value) {
            this.completion = value;
            return this;
        }

        /** Sets the number of places ({@code null} when not limited). */
        public Builder capacity(Integer value) {
            this.capacity = value;
            return this;
        }

        /** Replaces the selection ranking, most important key first. */
        public Builder selection(List<SelectionKey> values) {
            selection.clear();
            values.forEach(value -> selection.add(Objects.requireNonNull(value, "selection")));
            return this;
        }

        /** Replaces the progress checkpoints. */
        public Builder checkpoints(List<Checkpoint> values) {
            checkpoints.clear();
            values.forEach(value -> checkpoints.add(Objects.requireNonNull(value, "checkpoints")));
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

        /** The programme. */
        public Programme build() {
            return new Programme(this);
        }
    }
}
