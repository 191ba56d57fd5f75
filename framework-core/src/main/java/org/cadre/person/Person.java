package org.cadre.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadre.model.Extensions;

/**
 * A person's record: ratings, evidence, programmes, numeric facts (hours of practice, months in role) and
 * string facts (band, staff group, self-declared eligibility). No name is needed. This is personal data:
 * Cadre logs a person's id and counts, never ratings, facts or references. Immutable; build one with
 * {@link #builder(String)}.
 */
public final class Person {

    private final String id;
    private final List<Rating> ratings;
    private final List<Evidence> evidence;
    private final List<ProgrammeRecord> programmes;
    private final Map<String, BigDecimal> numbers;
    private final Map<String, String> strings;
    private final Extensions extensions;

    private Person(Builder builder) {
        this.id = builder.id;
        this.ratings = List.copyOf(builder.ratings);
        this.evidence = List.copyOf(builder.evidence);
        this.programmes = List.copyOf(builder.programmes);
        this.numbers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.numbers));
        this.strings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.strings));
        this.extensions = builder.extensions;
    }

    /** A builder for a person with the given id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The person's id (an identifier, never a name). */
    public String id() {
        return id;
    }

    /** Every rating, in document order. */
    public List<Rating> ratings() {
        return ratings;
    }

    /** Every item of evidence, in document order. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** Completed and current programmes, in document order. */
    public List<ProgrammeRecord> programmes() {
        return programmes;
    }

    /** Numeric facts by name, such as {@code practiceHours} or {@code monthsInRole}. */
    public Map<String, BigDecimal> numbers() {
        return numbers;
    }

    /** String facts by name, such as {@code band}. */
    public Map<String, String> strings() {
        return strings;
    }

    /** {@code x-} fields of the record. */
    public Extensions extensions() {
        return extensions;
    }

    /** A builder holding this person's values, to make a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(id);
        builder.ratings.addAll(ratings);
        builder.evidence.addAll(evidence);
        builder.programmes.addAll(programmes);
        builder.numbers.putAll(numbers);
        builder.strings.putAll(strings);
        builder.extensions = extensions;
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && id.equals(that.id) && ratings.equals(that.ratings)
                && evidence.equals(that.evidence) && programmes.equals(that.programmes)
                && numbers.equals(that.numbers) && strings.equals(that.strings)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, ratings, evidence, programmes, numbers, strings, extensions);
    }

    /** Only the id and counts: a person's record is personal data. */
    @Override
    public String toString() {
        return "Person[" + id + ", " + ratings.size() + " ratings, " + evidence.size() + " evidence, "
                + programmes.size() + " programmes, " + (numbers.size() + strings.size()) + " facts]";
    }

    /** Builds a {@link Person}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final List<Rating> ratings = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<ProgrammeRecord> programmes = new ArrayList<>();
        private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        private final Map<String, String> strings = new LinkedHashMap<>();
        private Extensions extensions = Extensions.none();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /** Adds a rating. */
        public Builder rating(Rating rating) {
            ratings.add(Objects.requireNonNull(rating, "rating"));
            return this;
        }

        /** Adds an item of evidence. */
        public Builder evidence(Evidence item) {
            evidence.add(Objects.requireNonNull(item, "evidence"));
            return this;
        }

        /** Adds a programme record. */
        public Builder programme(ProgrammeRecord record) {
            programmes.add(Objects.requireNonNull(record, "programme"));
            return this;
        }

        /** Sets a numeric fact. */
        public Builder number(String name, BigDecimal value) {
            numbers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets a numeric fact. */
        public Builder number(String name, long value) {
            return number(name, BigDecimal.valueOf(value));
        }

        /** Sets a string fact. */
        public Builder string(String name, String value) {
            strings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets the extension fields. */
        public Builder extensions(Extensions values) {
            this.extensions = Objects.requireNonNull(values, "extensions");
            return this;
        }

        /** Removes every rating. */
        public Builder clearRatings() {
            ratings.clear();
            return this;
        }

        /** The person. */
        public Person build() {
            return new Person(this);
        }
    }
}
