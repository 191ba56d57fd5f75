package org.cadre.json.property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadre.json.DocumentWriter;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.ActivityType;
import org.cadre.model.LearningCategory;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.Rule;
import org.cadre.model.Source;
import org.cadre.model.Translation;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/**
 * A generator of valid frameworks, built in Java, with a shrinker that keeps them valid.
 *
 * <p>What it makes: 1 to 3 scales of 1 to 7 levels (ids unique per scale, often shared between scales; ranks
 * unique, random, not always consecutive, not always in order); 1 to 40 competencies in a tree of random
 * depth, each naming a scale or inheriting its parent's, with indicators only for levels of its effective
 * scale, tags, kinds, some retired (most with a replacement that is active); sometimes listed in an order
 * where children come before their parents; translations into languages other than the framework's own;
 * {@code x-} fields with any JSON value on every object that allows them; 0 to 6 programmes whose
 * {@code leadsTo} links go only to later programmes (so they form a DAG), with target profiles on rated
 * competencies and levels of their scales, and durations; and, from {@link Rules}, now and then a rating
 * policy, fact definitions, named rules and programme entry and completion rules of every form.
 *
 * <p>Legal-but-suspicious things that the semantic check warns about are allowed (a scale nobody names, a
 * leaf with a scale and no indicators, a target on a retired competency), except a translation into the
 * framework's own language, which is never made.
 */
public final class Frameworks {

    /** Language tags used for frameworks and translations. */
    static final List<String> LANGUAGES = List.of("en", "en-GB", "fr", "cy", "de", "ga", "mi", "es-419", "zh-Hant");

    private static final List<String> LEVEL_IDS = List.of("essential", "proficient", "strong", "exemplary", "1", "2",
            "3", "4", "5", "6", "7", "foundation", "expert");

    private Frameworks() {
    }

    /** Valid frameworks; shrinks to smaller valid frameworks; described as their canonical JSON. */
    public static Generator<Framework> valid() {
        Generator<Framework> plain = Frameworks::generate;
        return plain.withShrinker(Frameworks::shrink).describedBy(Frameworks::describe);
    }

    /** A framework and the document the writer makes of it (or why it could not). */
    static String describe(Framework framework) {
        try {
            return framework + "\n" + DocumentWriter.create().write(framework);
        } catch (RuntimeException e) {
            return framework + " (the writer failed: " + e + ")";
        }
    }

    // ------------------------------------------------------------------------------------------ generating

    static Framework generate(RandomSource random) {
        String language = random.chance(0.5) ? "en" : random.pick(LANGUAGES);
        List<String> others = LANGUAGES.stream().filter(tag -> !tag.equals(language)).toList();
        Framework.Builder framework = Framework.builder(Identifiers.id(random), Identifiers.version(random),
                Texts.title(random));
        if (!language.equals(Framework.DEFAULT_LANGUAGE) || random.nextBoolean()) {
            framework.language(language);
        }
        if (random.chance(0.5)) {
            framework.description(Texts.text(random));
        }
        if (random.chance(0.3)) {
            framework.license(random.chance(0.5) ? random.pick(List.of("CC-BY-4.0", "OGL-UK-3.0", "Apache-2.0"))
                    : Texts.text(random, 200));
        }
        if (random.chance(0.3)) {
            List<String> authors = new ArrayList<>();
            for (int i = random.between(1, 3); i > 0; i--) {
                authors.add(Texts.name(random));
            }
            framework.authors(authors);
        }
        if (random.chance(0.3)) {
            framework.source(new Source(maybe(random, () -> Texts.text(random, 500)),
                    maybe(random, () -> Texts.title(random)),
                    maybe(random, () -> "https://example.org/" + Identifiers.tagLike(random)),
                    random.nextBoolean() ? Optional.of(random.between(1000, 9999)) : Optional.empty(),
                    extensions(random)));
        }
        framework.translations(translations(random, others, 0.3));
        framework.extensions(extensions(random));

        List<ProficiencyScale> scales = scales(random, others);
        framework.scales(scales);
        List<Competency> competencies = competencies(random, scales, others);
        framework.competencies(competencies);
        framework.programmes(programmes(random, framework.build(), others));
        if (random.chance(0.4)) {
            framework.planPolicy(planPolicy(random));
        }
        return Rules.add(random, framework.build());
    }

    /**
     * A plan policy with each part present or not: approvals for some statuses, limits, a learning mix that
     * adds up to 100 (or none), a tolerance, and activity types of the organisation's own.
     */
    static PlanPolicy planPolicy(RandomSource random) {
        Map<PlanStatus, List<String>> approvals = new LinkedHashMap<>();
        for (PlanStatus status : random.subset(List.of(PlanStatus.values()), 0.3)) {
            approvals.put(status, random.subset(List.of("line-manager", "programme-lead", "mentor", "hr.partner"),
                    0.5));
        }
        Optional<BigDecimal> hours = maybe(random, () -> random.nextBoolean()
                ? BigDecimal.valueOf(random.between(0, 40)) : BigDecimal.valueOf(random.between(0, 400), 1));
        Optional<Integer> minWeeks = maybe(random, () -> random.between(1, 52));
        Optional<Integer> maxWeeks = maybe(random, () -> random.between(1, 5200));
        Map<LearningCategory, Integer> mix = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            List<LearningCategory> categories = random.shuffled(List.of(LearningCategory.values()))
                    .subList(0, random.between(1, 3));
            int left = 100;
            for (int i = 0; i < categories.size(); i++) {
                int share = i == categories.size() - 1 ? left : random.between(0, left);
                mix.put(categories.get(i), share);
                left -= share;
            }
        }
        int tolerance = random.nextBoolean() ? 0 : random.between(0, 100);
        Optional<Integer> reviews = maybe(random, () -> random.between(1, 5200));
        List<ActivityType> types = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = random.chance(0.5) ? 0 : random.between(1, 4); i > 0; i--) {
            String id = Identifiers.id(random);
            if (ids.add(id)) {
                types.add(new ActivityType(id, random.pick(List.of(LearningCategory.values()))));
            }
        }
        return new PlanPolicy(approvals, hours, minWeeks, maxWeeks, mix, tolerance, reviews, random.chance(0.8),
                types);
    }

    private static <T> Optional<T> maybe(RandomSource random, Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private static Extensions extensions(RandomSource random) {
        return random.chance(0.25) ? Extensions.of(JsonValues.extensions(random, 3)) : Extensions.none();
    }

    /** Title-and-description translations into some of the given languages, or none. */
    private static Map<String, Translation> translations(RandomSource random, List<String> languages, double chance) {
        if (!random.chance(chance)) {
            return Map.of();
        }
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (String language : random.shuffled(languages).subList(0, random.between(1, 2))) {
            translations.put(language, Translation.of(random.chance(0.8) ? Texts.title(random) : null,
                    random.chance(0.5) ? Texts.text(random) : null));
        }
        return translations;
    }

    private static List<ProficiencyScale> scales(RandomSource random, List<String> languages) {
        Set<String> ids = new HashSet<>();
        List<ProficiencyScale> scales = new ArrayList<>();
        for (int s = random.between(1, 3); s > 0; s--) {
            String id = Identifiers.freshId(random, ids);
            ids.add(id);
            ProficiencyScale.Builder scale = ProficiencyScale.builder(id, Texts.title(random));
            if (random.chance(0.4)) {
                scale.description(Texts.text(random));
            }
            int count = random.between(1, 7);
            List<Integer> ranks = ranks(random, count);
            Set<String> levelIds = new HashSet<>();
            for (int l = 0; l < count; l++) {
                String levelId = random.chance(0.6) ? random.pick(LEVEL_IDS) : Identifiers.id(random);
                if (!levelIds.add(levelId)) {
                    levelId = Identifiers.freshId(random, levelIds);
                    levelIds.add(levelId);
                }
                scale.level(new Level(levelId, Texts.title(random), ranks.get(l),
                        random.chance(0.3) ? Optional.of(Texts.text(random)) : Optional.empty(),
                        translations(random, languages, 0.15), extensions(random)));
            }
            scale.translations(translations(random, languages, 0.2));
            scale.extensions(extensions(random));
            scales.add(scale.build());
        }
        return scales;
    }

    /** Distinct ranks from 0 to 1000: consecutive or spread out, in order or not. */
    private static List<Integer> ranks(RandomSource random, int count) {
        List<Integer> ranks = new ArrayList<>();
        if (random.chance(0.3)) {
            int start = random.pick(List.of(0, 1, 995 - 7));
            for (int i = 0; i < count; i++) {
                ranks.add(start + i);
            }
        } else {
            Set<Integer> taken = new HashSet<>();
            if (random.chance(0.2)) {
                taken.add(0);
                ranks.add(0);
            }
            if (count > ranks.size() && random.chance(0.2)) {
                taken.add(1000);
                ranks.add(1000);
            }
            while (ranks.size() < count) {
                int rank = random.between(0, 1000);
                if (taken.add(rank)) {
                    ranks.add(rank);
                }
            }
        }
        if (random.chance(0.6)) {
            ranks.sort(Comparator.naturalOrder());
            return ranks;
        }
        return random.shuffled(ranks);
    }

    private static List<Competency> competencies(RandomSource random, List<ProficiencyScale> scales,
                                                 List<String> languages) {
        int count = random.chance(0.5) ? random.between(1, 40) : random.between(1, 10);
        Set<String> ids = new HashSet<>();
        List<String> order = new ArrayList<>();
        Map<String, ProficiencyScale> effective = new HashMap<>();
        List<Competency.Builder> builders = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            String id = Identifiers.freshId(random, ids);
            ids.add(id);
            Competency.Builder competency = Competency.builder(id, Texts.title(random));
            String parent = null;
            if (c > 0 && random.chance(0.75)) {
                parent = random.chance(0.4) ? order.get(c - 1) : random.pick(order);
                competency.parent(parent);
            }
            ProficiencyScale scale = parent == null ? null : effective.get(parent);
            if (random.chance(parent == null ? 0.8 : 0.25)) {
                scale = random.pick(scales);
                competency.scale(scale.id());
            }
            if (scale != null) {
                effective.put(id, scale);
                if (random.chance(0.75)) {
                    competency.indicators(indicators(random, scale));
                }
            }
            if (random.chance(0.5)) {
                competency.description(Texts.text(random));
            }
            if (random.chance(0.5)) {
                competency.kind(Identifiers.kind(random));
            }
            if (random.chance(0.4)) {
                Set<String> tags = new LinkedHashSet<>();
                for (int t = random.between(1, 3); t > 0; t--) {
                    tags.add(Identifiers.tagLike(random));
                }
                competency.tags(List.copyOf(tags));
            }
            if (random.chance(0.25)) {
                Map<String, Translation> translations = new LinkedHashMap<>();
                for (String language : random.shuffled(languages).subList(0, random.between(1, 2))) {
                    translations.put(language, new Translation(
                            random.chance(0.8) ? Optional.of(Texts.title(random)) : Optional.empty(),
                            random.chance(0.4) ? Optional.of(Texts.text(random)) : Optional.empty(),
                            scale != null && random.chance(0.5) ? indicators(random, scale) : Map.of()));
                }
                competency.translations(translations);
            }
            competency.extensions(extensions(random));
            order.add(id);
            builders.add(competency);
        }
        List<Boolean> retired = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            retired.add(random.chance(0.12));
        }
        List<String> active = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (!retired.get(c)) {
                active.add(order.get(c));
            }
        }
        List<Competency> competencies = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Competency.Builder competency = builders.get(c);
            if (retired.get(c)) {
                competency.status(CompetencyStatus.RETIRED);
                if (!active.isEmpty() && random.chance(0.7)) {
                    competency.replacedBy(random.pick(active));
                }
            }
            competencies.add(competency.build());
        }
        return random.chance(0.25) ? random.shuffled(competencies) : competencies;
    }

    private static Map<String, List<String>> indicators(RandomSource random, ProficiencyScale scale) {
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        for (Level level : random.subset(random.shuffled(scale.levels()), 0.6)) {
            List<String> statements = new ArrayList<>();
            for (int i = random.between(1, 3); i > 0; i--) {
                statements.add(Texts.text(random));
            }
            indicators.put(level.id(), statements);
        }
        return indicators;
    }

    private static List<Programme> programmes(RandomSource random, Framework framework, List<String> languages) {
        int count = random.chance(0.2) ? 0 : random.between(1, 6);
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String id = Identifiers.freshId(random, taken);
            taken.add(id);
            ids.add(id);
        }
        List<Competency> rated = framework.competencies().stream()
                .filter(competency -> framework.effectiveScale(competency.id()).isPresent()).toList();
        List<Programme> programmes = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            Programme.Builder programme = Programme.builder(ids.get(p), Texts.title(random));
            if (random.chance(0.4)) {
                programme.description(Texts.text(random));
            }
            if (random.chance(0.3)) {
                programme.audience(Texts.text(random, 2000));
            }
            if (random.chance(0.6)) {
                programme.duration(new ProgrammeDuration(random.chance(0.8) ? random.between(1, 60)
                        : random.between(1, 100_000), random.pick(List.of(ProgrammeDuration.Unit.values()))));
            }
            if (!rated.isEmpty() && random.chance(0.7)) {
                Map<String, String> profile = new LinkedHashMap<>();
                int size = random.between(1, Math.min(6, rated.size()));
                for (Competency competency : random.shuffled(rated).subList(0, size)) {
                    ProficiencyScale scale = framework.effectiveScale(competency.id()).orElseThrow();
                    profile.put(competency.id(), random.pick(scale.levels()).id());
                }
                programme.targetProfile(profile);
            }
            programme.leadsTo(random.shuffled(random.subset(ids.subList(p + 1, count), 0.35)));
            programme.translations(translations(random, languages, 0.2));
            programme.extensions(extensions(random));
            programmes.add(programme.build());
        }
        return programmes;
    }

    // ------------------------------------------------------------------------------------------- shrinking

    /**
     * Smaller valid frameworks: fewer rules, fewer programmes, competencies, scales and levels; fewer optional
     * parts. While a framework has rules (or a rating policy or facts), only those shrink, since removing a
     * competency or programme could leave a rule naming it.
     */
    static Stream<Framework> shrink(Framework framework) {
        if (Rules.any(framework)) {
            return shrinkRules(framework);
        }
        List<Supplier<Framework>> candidates = new ArrayList<>();
        if (!framework.programmes().isEmpty()) {
            candidates.add(() -> framework.toBuilder().programmes(List.of()).build());
        }
        framework.competencies().stream()
                .sorted(Comparator.comparingInt((Competency c) -> -framework.descendants(c.id()).size()))
                .forEach(competency -> candidates.add(() -> withoutSubtree(framework, competency.id())));
        for (Programme programme : framework.programmes()) {
            candidates.add(() -> withoutProgramme(framework, programme.id()));
        }
        for (ProficiencyScale scale : framework.scales()) {
            candidates.add(() -> withoutScale(framework, scale.id()));
        }
        if (framework.planPolicy().isPresent()) {
            candidates.add(() -> framework.toBuilder().planPolicy(null).build());
        }
        candidates.add(() -> noExtensions(framework));
        candidates.add(() -> noTranslations(framework));
        candidates.add(() -> noExtras(framework));
        candidates.add(() -> plainTexts(framework));
        candidates.add(() -> noIndicators(framework));
        candidates.add(() -> framework.toBuilder().programmes(framework.programmes().stream()
                .map(p -> p.toBuilder().targetProfile(Map.of()).build()).toList()).build());
        for (ProficiencyScale scale : framework.scales()) {
            for (Level level : scale.levels()) {
                candidates.add(() -> withoutLevel(framework, scale.id(), level.id()));
            }
        }
        return candidates.stream().map(Supplier::get)
                .filter(candidate -> candidate != null && !candidate.equals(framework));
    }

    private static Stream<Framework> shrinkRules(Framework framework) {
        List<Supplier<Framework>> candidates = new ArrayList<>();
        candidates.add(() -> Rules.none(framework));
        if (framework.declaredRatingPolicy().isPresent()) {
            candidates.add(() -> framework.toBuilder().ratingPolicy(null).build());
        }
        if (framework.planPolicy().isPresent()) {
            candidates.add(() -> framework.toBuilder().planPolicy(null).build());
        }
        for (int p = 0; p < framework.programmes().size(); p++) {
            int index = p;
            Programme programme = framework.programmes().get(p);
            if (programme.entry().isPresent()) {
                candidates.add(() -> withProgramme(framework, index, programme.toBuilder().entry(null).build()));
            }
            if (programme.completion().isPresent()) {
                candidates.add(() -> withProgramme(framework, index, programme.toBuilder().completion(null).build()));
            }
        }
        Set<String> referenced = new HashSet<>();
        Rules.all(framework).forEach(rule -> referenced.addAll(references(rule)));
        for (String name : framework.rules().keySet()) {
            if (!referenced.contains(name)) {
                candidates.add(() -> {
                    Map<String, Rule> fewer = new LinkedHashMap<>(framework.rules());
                    fewer.remove(name);
                    return framework.toBuilder().rules(fewer).build();
                });
            }
        }
        return candidates.stream().map(Supplier::get).filter(candidate -> !candidate.equals(framework));
    }

    private static Framework withProgramme(Framework framework, int index, Programme programme) {
        List<Programme> programmes = new ArrayList<>(framework.programmes());
        programmes.set(index, programme);
        return framework.toBuilder().programmes(programmes).build();
    }

    /** The names of the named rules a rule refers to, at any depth. */
    static Set<String> references(Rule rule) {
        Set<String> names = new HashSet<>();
        java.util.Deque<Rule> stack = new java.util.ArrayDeque<>();
        stack.push(rule);
        while (!stack.isEmpty()) {
            Rule next = stack.pop();
            if (next instanceof Rule.Ref ref) {
                names.add(ref.name());
            } else if (next instanceof Rule.All all) {
                all.rules().forEach(stack::push);
            } else if (next instanceof Rule.Any any) {
                any.rules().forEach(stack::push);
            } else if (next instanceof Rule.Not not) {
                stack.push(not.rule());
            } else if (next instanceof Rule.AtLeastOf atLeastOf) {
                atLeastOf.rules().forEach(stack::push);
            }
        }
        return names;
    }

    private static Framework withoutSubtree(Framework framework, String id) {
        Set<String> gone = new HashSet<>();
        gone.add(id);
        framework.descendants(id).forEach(descendant -> gone.add(descendant.id()));
        List<Competency> kept = new ArrayList<>();
        for (Competency competency : framework.competencies()) {
            if (gone.contains(competency.id())) {
                continue;
            }
            if (competency.replacedBy().filter(gone::contains).isPresent()) {
                competency = competency.toBuilder().replacedBy(null).build();
            }
            kept.add(competency);
        }
        List<Programme> programmes = framework.programmes().stream().map(programme -> {
            Map<String, String> profile = new LinkedHashMap<>(programme.targetProfile());
            profile.keySet().removeAll(gone);
            return programme.toBuilder().targetProfile(profile).build();
        }).toList();
        return framework.toBuilder().competencies(kept).programmes(programmes).build();
    }

    private static Framework withoutProgramme(Framework framework, String id) {
        List<Programme> kept = framework.programmes().stream().filter(programme -> !programme.id().equals(id))
                .map(programme -> programme.toBuilder()
                        .leadsTo(programme.leadsTo().stream().filter(next -> !next.equals(id)).toList()).build())
                .toList();
        return framework.toBuilder().programmes(kept).build();
    }

    private static Framework withoutScale(Framework framework, String id) {
        boolean named = framework.competencies().stream().anyMatch(c -> c.scale().filter(id::equals).isPresent());
        if (named || framework.scales().size() == 1) {
            return null;
        }
        return framework.toBuilder()
                .scales(framework.scales().stream().filter(s -> !s.id().equals(id)).toList()).build();
    }

    private static Framework withoutLevel(Framework framework, String scaleId, String levelId) {
        ProficiencyScale scale = framework.scale(scaleId).orElseThrow();
        if (scale.levels().size() == 1) {
            return null;
        }
        for (Competency competency : framework.competencies()) {
            if (framework.effectiveScale(competency.id()).filter(s -> s.id().equals(scaleId)).isEmpty()) {
                continue;
            }
            boolean used = competency.indicators().containsKey(levelId)
                    || competency.translations().values().stream().anyMatch(t -> t.indicators().containsKey(levelId))
                    || framework.programmes().stream()
                            .anyMatch(p -> levelId.equals(p.targetProfile().get(competency.id())));
            if (used) {
                return null;
            }
        }
        ProficiencyScale smaller = scale.toBuilder()
                .levels(scale.levels().stream().filter(level -> !level.id().equals(levelId)).toList()).build();
        return framework.toBuilder().scales(framework.scales().stream()
                .map(s -> s.id().equals(scaleId) ? smaller : s).toList()).build();
    }

    private static Framework noExtensions(Framework f) {
        return f.toBuilder().extensions(Extensions.none())
                .source(f.source().map(s -> new Source(s.publisher(), s.title(), s.url(), s.year(), Extensions.none()))
                        .orElse(null))
                .scales(f.scales().stream().map(s -> s.toBuilder().extensions(Extensions.none())
                        .levels(s.levels().stream().map(l -> new Level(l.id(), l.label(), l.rank(), l.description(),
                                l.translations(), Extensions.none())).toList()).build()).toList())
                .competencies(f.competencies().stream()
                        .map(c -> c.toBuilder().extensions(Extensions.none()).build()).toList())
                .programmes(f.programmes().stream()
                        .map(p -> p.toBuilder().extensions(Extensions.none()).build()).toList())
                .build();
    }

    private static Framework noTranslations(Framework f) {
        return f.toBuilder().translations(Map.of())
                .scales(f.scales().stream().map(s -> s.toBuilder().translations(Map.of())
                        .levels(s.levels().stream().map(l -> new Level(l.id(), l.label(), l.rank(), l.description(),
                                Map.of(), l.extensions())).toList()).build()).toList())
                .competencies(f.competencies().stream().map(c -> c.toBuilder().translations(Map.of()).build()).toList())
                .programmes(f.programmes().stream().map(p -> p.toBuilder().translations(Map.of()).build()).toList())
                .build();
    }

    private static Framework noExtras(Framework f) {
        return f.toBuilder().description(null).license(null).authors(List.of()).source(null)
                .scales(f.scales().stream().map(s -> s.toBuilder().description(null)
                        .levels(s.levels().stream().map(l -> new Level(l.id(), l.label(), l.rank(), Optional.empty(),
                                l.translations(), l.extensions())).toList()).build()).toList())
                .competencies(f.competencies().stream().map(c -> c.toBuilder().description(null).kind(null)
                        .tags(List.of()).build()).toList())
                .programmes(f.programmes().stream().map(p -> p.toBuilder().description(null).audience(null)
                        .duration(null).build()).toList())
                .build();
    }

    private static Framework plainTexts(Framework f) {
        Framework.Builder builder = Framework.builder(f.id(), f.version(), "T")
                .description(f.description().map(d -> "d").orElse(null))
                .language(f.language()).license(f.license().orElse(null)).authors(f.authors())
                .source(f.source().orElse(null)).translations(f.translations()).extensions(f.extensions());
        return builder
                .scales(f.scales().stream().map(s -> ProficiencyScale.builder(s.id(), "S")
                        .description(s.description().map(d -> "d").orElse(null))
                        .levels(s.levels().stream().map(l -> new Level(l.id(), "L", l.rank(),
                                l.description().map(d -> "d"), l.translations(), l.extensions())).toList())
                        .translations(s.translations()).extensions(s.extensions()).build()).toList())
                .competencies(f.competencies().stream().map(c -> Competency.builder(c.id(), "C")
                        .description(c.description().map(d -> "d").orElse(null)).kind(c.kind().orElse(null))
                        .parent(c.parent().orElse(null)).scale(c.scale().orElse(null))
                        .indicators(plainStatements(c.indicators())).tags(c.tags()).status(c.status())
                        .replacedBy(c.replacedBy().orElse(null)).translations(c.translations())
                        .extensions(c.extensions()).build()).toList())
                .programmes(f.programmes().stream().map(p -> Programme.builder(p.id(), "P")
                        .description(p.description().map(d -> "d").orElse(null))
                        .audience(p.audience().map(a -> "a").orElse(null))
                        .duration(p.duration().orElse(null)).targetProfile(p.targetProfile()).leadsTo(p.leadsTo())
                        .translations(p.translations()).extensions(p.extensions()).build()).toList())
                .build();
    }

    private static Framework noIndicators(Framework f) {
        return f.toBuilder().competencies(f.competencies().stream().map(c -> {
            Map<String, Translation> translations = new LinkedHashMap<>();
            c.translations().forEach((language, t) -> translations.put(language,
                    new Translation(t.title(), t.description(), Map.of())));
            return c.toBuilder().indicators(Map.of()).translations(translations).build();
        }).toList()).build();
    }

    private static Map<String, List<String>> plainStatements(Map<String, List<String>> indicators) {
        Map<String, List<String>> plain = new LinkedHashMap<>();
        indicators.forEach((level, statements) -> plain.put(level, List.of("s")));
        return plain;
    }
}
