package org.cadre.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A leadership competency framework: its proficiency scales, its competency tree and its programme
 * ladder. Immutable and safe to share between threads; build one with {@link #builder(String, String, String)}
 * or load one from JSON with {@code org.cadre.json.DocumentLoader}.
 *
 * <p>Construction checks only structure (no nulls; collections are copied). Content constraints are
 * Bean Validation annotations and cross-references are checked by {@code org.cadre.check.FrameworkChecker};
 * the JSON loader runs both. Lookups work on any framework, even one with dangling references or cycles:
 * they never loop and never return {@code null}.
 */
public final class Framework {

    /** The language of texts when a framework does not say. */
    public static final String DEFAULT_LANGUAGE = "en";

    @NotNull
    @Pattern(regexp = Ids.ID)
    private final String id;
    @NotNull
    @Pattern(regexp = Ids.SEMVER)
    private final String version;
    @NotBlank
    @MaxCodePoints(500)
    private final String title;
    private final String description;
    @NotNull
    @Pattern(regexp = Ids.LANGUAGE)
    private final String language;
    @Size(min = 1)
    @MaxCodePoints(200)
    private final String license;
    private final List<@NotBlank String> authors;
    @Valid
    private final Source source;
    private final Map<String, Translation> translations;
    @NotNull
    @Size(min = 1)
    private final List<@Valid ProficiencyScale> scales;
    private final List<@Valid Competency> competencies;
    private final List<@Valid Programme> programmes;
    private final RatingPolicy ratingPolicy;
    private final List<FactDefinition> facts;
    private final Map<String, Rule> rules;
    private final PlanPolicy planPolicy;
    private final Extensions extensions;

    private final Map<String, ProficiencyScale> scalesById;
    private final Map<String, Competency> competenciesById;
    private final Map<String, Programme> programmesById;
    private final Map<String, List<Competency>> childrenById;
    private final List<Competency> roots;
    /**
     * Competency id to the scale it is rated on, worked out for every competency on first use. Not part of
     * the content: derived from it, so left out of equality. Volatile so that the map is safely published;
     * two threads racing may both compute it, with the same result.
     */
    private volatile Map<String, Optional<ProficiencyScale>> effectiveScales;

    private Framework(Builder builder) {
        this.id = builder.id;
        this.version = builder.version;
        this.title = builder.title;
        this.description = builder.description;
        this.language = builder.language;
        this.license = builder.license;
        this.authors = List.copyOf(builder.authors);
        this.source = builder.source;
        this.translations = Copies.map(builder.translations, "translations");
        this.scales = List.copyOf(builder.scales);
        this.competencies = List.copyOf(builder.competencies);
        this.programmes = List.copyOf(builder.programmes);
        this.ratingPolicy = builder.ratingPolicy;
        this.facts = List.copyOf(builder.facts);
        this.rules = Copies.map(builder.rules, "rules");
        this.planPolicy = builder.planPolicy;
        this.extensions = builder.extensions;

        this.scalesById = index(scales, ProficiencyScale::id);
        this.competenciesById = index(competencies, Competency::id);
        this.programmesById = index(programmes, Programme::id);
        Map<String, List<Competency>> children = new LinkedHashMap<>();
        List<Competency> rootList = new ArrayList<>();
        for (Competency competency : competencies) {
            Optional<String> parent = competency.parent();
            if (parent.isPresent() && competenciesById.containsKey(parent.get())) {
                children.computeIfAbsent(parent.get(), key -> new ArrayList<>()).add(competency);
            } else {
                rootList.add(competency);
            }
        }
        children.replaceAll((key, list) -> List.copyOf(list));
        this.childrenById = Collections.unmodifiableMap(children);
        this.roots = List.copyOf(rootList);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A builder for a framework.
     *
     * @param id      the framework's id
     * @param version its semantic version, such as {@code 1.0.0}
     * @param title   its title
     */
    public static Builder builder(String id, String version, String title) {
        return new Builder(id, version, title);
    }

    /** The framework's id. */
    public String id() {
        return id;
    }

    /** Its semantic version. */
    public String version() {
        return version;
    }

    /** Its title, in {@link #language()}. */
    public String title() {
        return title;
    }

    /** What the framework is for. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The language of its texts, a BCP 47 tag; {@value #DEFAULT_LANGUAGE} unless stated. */
    public String language() {
        return language;
    }

    /** The licence of this encoding, such as an SPDX identifier. */
    public Optional<String> license() {
        return Optional.ofNullable(license);
    }

    /** The people or bodies who wrote this encoding. */
    public List<String> authors() {
        return authors;
    }

    /** Where the framework comes from. */
    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    /** Title and description in other languages, by language tag. */
    public Map<String, Translation> translations() {
        return translations;
    }

    /** The proficiency scales, in document order. */
    public List<ProficiencyScale> scales() {
        return scales;
    }

    /** Every competency, in document order. */
    public List<Competency> competencies() {
        return competencies;
    }

    /** The programmes, in document order. */
    public List<Programme> programmes() {
        return programmes;
    }

    /** The rating policy the framework states, if it states one. */
    public Optional<RatingPolicy> declaredRatingPolicy() {
        return Optional.ofNullable(ratingPolicy);
    }

    /** The rating policy that applies: the one stated, or {@link RatingPolicy#DEFAULT}. */
    public RatingPolicy ratingPolicy() {
        return ratingPolicy == null ? RatingPolicy.DEFAULT : ratingPolicy;
    }

    /** The facts about people that rules may use, in document order. */
    public List<FactDefinition> facts() {
        return facts;
    }

    /** The declared fact with the given name. */
    public Optional<FactDefinition> fact(String name) {
        return facts.stream().filter(fact -> fact.name().equals(name)).findFirst();
    }

    /** Named rules that other rules refer to, by name, in document order. */
    public Map<String, Rule> rules() {
        return rules;
    }

    /** What the framework asks of development plans, if it says. */
    public Optional<PlanPolicy> planPolicy() {
        return Optional.ofNullable(planPolicy);
    }

    /** {@code x-} fields of the document. */
    public Extensions extensions() {
        return extensions;
    }

    /** The scale with the given id. */
    public Optional<ProficiencyScale> scale(String scaleId) {
        return Optional.ofNullable(scalesById.get(scaleId));
    }

    /** The competency with the given id. */
    public Optional<Competency> competency(String competencyId) {
        return Optional.ofNullable(competenciesById.get(competencyId));
    }

    /** The programme with the given id. */
    public Optional<Programme> programme(String programmeId) {
        return Optional.ofNullable(programmesById.get(programmeId));
    }

    /** The competencies without a (known) parent, in document order. */
    public List<Competency> roots() {
        return roots;
    }

    /** The direct children of a competency, in document order; empty for a leaf or an unknown id. */
    public List<Competency> children(String competencyId) {
        return childrenById.getOrDefault(competencyId, List.of());
    }

    /**
     * Every competency below the given one, depth first in document order; empty for a leaf or an
     * unknown id. Each competency appears once, even where parent links wrongly form a cycle.
     */
    public List<Competency> descendants(String competencyId) {
        List<Competency> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(competencyId);
        Deque<Competency> stack = new ArrayDeque<>();
        pushReversed(stack, children(competencyId));
        while (!stack.isEmpty()) {
            Competency next = stack.pop();
            if (seen.add(next.id())) {
                result.add(next);
                pushReversed(stack, children(next.id()));
            }
        }
        return List.copyOf(result);
    }

    private static void pushReversed(Deque<Competency> stack, List<Competency> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(items.get(i));
        }
    }

    /**
     * The ancestors of a competency and the competency itself, from the root down; empty for an unknown
     * id. Stops where parent links wrongly form a cycle.
     */
    public List<Competency> path(String competencyId) {
        List<Competency> upward = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Competency current = competenciesById.get(competencyId);
        while (current != null && seen.add(current.id())) {
            upward.add(current);
            current = current.parent().map(competenciesById::get).orElse(null);
        }
        Collections.reverse(upward);
        return List.copyOf(upward);
    }

    /**
     * The scale a competency is rated on: its own, or else its nearest ancestor's. Empty when the
     * competency is unknown, names no scale and has no ancestor that does, or names a scale that does
     * not exist.
     */
    public Optional<ProficiencyScale> effectiveScale(String competencyId) {
        Map<String, Optional<ProficiencyScale>> known = effectiveScales;
        if (known == null) {
            known = effectiveScales();
            effectiveScales = known;
        }
        return known.getOrDefault(competencyId, Optional.empty());
    }

    /**
     * The effective scale of every competency, in one pass over the tree: each competency's chain of
     * ancestors is walked only up to the first one already worked out, so the cost is linear in the number
     * of competencies whatever the tree's shape. A chain that runs into a cycle or an unknown parent without
     * meeting a scale gets none, as {@link #path(String)} would give.
     */
    private Map<String, Optional<ProficiencyScale>> effectiveScales() {
        Map<String, Optional<ProficiencyScale>> result = new HashMap<>();
        List<String> chain = new ArrayList<>();
        Set<String> onChain = new HashSet<>();
        for (Competency start : competenciesById.values()) {
            if (result.containsKey(start.id())) {
                continue;
            }
            chain.clear();
            onChain.clear();
            Optional<ProficiencyScale> found = Optional.empty();
            Competency current = start;
            while (current != null && onChain.add(current.id())) {
                Optional<ProficiencyScale> memo = result.get(current.id());
                if (memo != null) {
                    found = memo;
                    break;
                }
                chain.add(current.id());
                Optional<String> scaleId = current.scale();
                if (scaleId.isPresent()) {
                    found = scale(scaleId.get());
                    break;
                }
                current = current.parent().map(competenciesById::get).orElse(null);
            }
            for (String id : chain) {
                result.put(id, found);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The competencies of a set: for a subtree, the active competencies below its root that are rated
     * (have an effective scale); for a tag, the active rated competencies with that tag; for a list, the
     * listed competencies that exist, in the order listed, each once. Document order otherwise; never {@code null}.
     */
    public List<Competency> resolve(CompetencySet set) {
        if (set instanceof CompetencySet.Subtree subtree) {
            return descendants(subtree.root()).stream().filter(this::ratedAndActive).toList();
        }
        if (set instanceof CompetencySet.Tagged tagged) {
            return competencies.stream().filter(competency -> competency.tags().contains(tagged.tag()))
                    .filter(this::ratedAndActive).toList();
        }
        return ((CompetencySet.Listed) set).ids().stream().distinct().map(competenciesById::get)
                .filter(Objects::nonNull).toList();
    }

    private boolean ratedAndActive(Competency competency) {
        return competency.status() == CompetencyStatus.ACTIVE && effectiveScale(competency.id()).isPresent();
    }

    /** A builder holding this framework's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, version, title).description(description).language(language).license(license)
                .authors(authors).source(source).translations(translations).scales(scales)
                .competencies(competencies).programmes(programmes).ratingPolicy(ratingPolicy).facts(facts)
                .rules(rules).planPolicy(planPolicy).extensions(extensions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Framework that && id.equals(that.id) && version.equals(that.version)
                && title.equals(that.title) && Objects.equals(description, that.description)
                && language.equals(that.language) && Objects.equals(license, that.license)
                && authors.equals(that.authors) && Objects.equals(source, that.source)
                && translations.equals(that.translations) && scales.equals(that.scales)
                && competencies.equals(that.competencies) && programmes.equals(that.programmes)
                && Objects.equals(ratingPolicy, that.ratingPolicy) && facts.equals(that.facts)
                && rules.equals(that.rules) && Objects.equals(planPolicy, that.planPolicy)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, description, language, license, authors, source, translations,
                scales, competencies, programmes, ratingPolicy, facts, rules, planPolicy, extensions);
    }

    @Override
    public String toString() {
        return "Framework[" + id + " " + version + ", " + scales.size() + " scales, " + competencies.size()
                + " competencies, " + programmes.size() + " programmes]";
    }

    /** Builds a {@link Framework}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String version;
        private final String title;
        private String description;
        private String language = DEFAULT_LANGUAGE;
        private String license;
        private final List<String> authors = new ArrayList<>();
        private Source source;
        private Map<String, Translation> translations = Map.of();
        private final List<ProficiencyScale> scales = new ArrayList<>();
        private final List<Competency> competencies = new ArrayList<>();
        private final List<Programme> programmes = new ArrayList<>();
        private RatingPolicy ratingPolicy;
        private final List<FactDefinition> facts = new ArrayList<>();
        private Map<String, Rule> rules = Map.of();
        private PlanPolicy planPolicy;
        private Extensions extensions = Extensions.none();

        private Builder(String id, String version, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Sets the description ({@code null} for none). */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** Sets the language tag (default {@value Framework#DEFAULT_LANGUAGE}). */
        public Builder language(String value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** Sets the licence ({@code null} for none). */
        public Builder license(String value) {
            this.license = value;
            return this;
        }

        /** Replaces the authors. */
        public Builder authors(List<String> values) {
            authors.clear();
            values.forEach(value -> authors.add(Objects.requireNonNull(value, "author")));
            return this;
        }

        /** Sets the source ({@code null} for none). */
        public Builder source(Source value) {
            this.source = value;
            return this;
        }

        /** Sets the translations. */
        public Builder translations(Map<String, Translation> values) {
            this.translations = Objects.requireNonNull(values, "translations");
            return this;
        }

        /** Appends a scale. */
        public Builder scale(ProficiencyScale value) {
            scales.add(Objects.requireNonNull(value, "scale"));
            return this;
        }

        /** Replaces the scales. */
        public Builder scales(List<ProficiencyScale> values) {
            scales.clear();
            values.forEach(this::scale);
            return this;
        }

        /** Appends a competency. */
        public Builder competency(Competency value) {
            competencies.add(Objects.requireNonNull(value, "competency"));
            return this;
        }

        /** Replaces the competencies. */
        public Builder competencies(List<Competency> values) {
            competencies.clear();
            values.forEach(this::competency);
            return this;
        }

        /** Appends a programme. */
        public Builder programme(Programme value) {
            programmes.add(Objects.requireNonNull(value, "programme"));
            return this;
        }

        /** Replaces the programmes. */
        public Builder programmes(List<Programme> values) {
            programmes.clear();
            values.forEach(this::programme);
            return this;
        }

        /** Sets the rating policy ({@code null} for the {@link RatingPolicy#DEFAULT default}). */
        public Builder ratingPolicy(RatingPolicy value) {
            this.ratingPolicy = value;
            return this;
        }

        /** Appends a fact definition. */
        public Builder fact(FactDefinition value) {
            facts.add(Objects.requireNonNull(value, "fact"));
            return this;
        }

        /** Replaces the fact definitions. */
        public Builder facts(List<FactDefinition> values) {
            facts.clear();
            values.forEach(this::fact);
            return this;
        }

        /** Sets the named rules, by name. */
        public Builder rules(Map<String, Rule> values) {
            this.rules = Objects.requireNonNull(values, "rules");
            return this;
        }

        /** Sets the plan policy ({@code null} for none). */
        public Builder planPolicy(PlanPolicy value) {
            this.planPolicy = value;
            return this;
        }

        /** Sets the extension fields. */
        public Builder extensions(Extensions values) {
            this.extensions = Objects.requireNonNull(values, "extensions");
            return this;
        }

        /** The framework. */
        public Framework build() {
            return new Framework(this);
        }
    }
}
