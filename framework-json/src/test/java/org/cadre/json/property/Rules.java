package org.cadre.json.property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.model.Competency;
import org.cadre.model.Checkpoint;
import org.cadre.model.CompetencySet;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.Rule;
import org.cadre.model.SelectionKey;
import org.cadre.testing.RandomSource;

/**
 * Random rating policies, fact definitions, named rules and programme entry and completion rules for a
 * framework, all of which the rule checker accepts: every rule form; competencies that are active and rated;
 * levels on the scale of every competency they apply to; sets that hold something and, where levels are
 * compared across them, share one scale; counts that the set or list can reach; programmes and facts that
 * exist, with facts of the right type and string values the fact allows; references to named rules that come
 * earlier in the map, so there is never a cycle. Rules nest at most {@link #MAX_DEPTH} deep.
 */
final class Rules {

    /** The deepest rule made: a leaf inside five composites. */
    static final int MAX_DEPTH = 6;

    private static final List<String> FACT_NAMES = List.of("practiceHours", "monthsInRole", "band", "staffGroup",
            "positiveAction", "A", "x.y-z_1", "hours2024");
    private static final List<String> UNITS = List.of("hours", "months", "£", "sessions per week");
    private static final List<String> FACT_VALUES = List.of("5", "6", "7", "8a", "yes", "no", "Allied health",
            "nurse", "ÉQUIPE", "\uD83D\uDE00");
    private static final List<String> EVIDENCE_KINDS = List.of("360-feedback", "project", "reflective-log", "a",
            "x.y:z_1", "0");
    private static final List<String> NUMBERS = List.of("0", "10000", "1500.50", "-3", "1E+3", "2.5E-7", "0.000",
            "123456789012345678901234567890", "-0.5", "24");

    private Rules() {
    }

    /**
     * The framework with a rating policy, facts, named rules and programme rules added, each now and then;
     * the framework's programmes must already be in place.
     */
    static Framework add(RandomSource random, Framework framework) {
        Framework.Builder builder = framework.toBuilder();
        if (random.chance(0.4)) {
            builder.ratingPolicy(policy(random));
        }
        List<FactDefinition> facts = random.chance(0.6) ? facts(random) : List.of();
        builder.facts(facts);
        Context context = new Context(random, builder.build());
        Map<String, Rule> named = new LinkedHashMap<>();
        if (context.canMake() && random.chance(0.5)) {
            Set<String> taken = new HashSet<>();
            for (int r = random.between(1, 4); r > 0; r--) {
                String name = Identifiers.freshId(random, taken);
                taken.add(name);
                named.put(name, context.rule(1));
                context.names.add(name);
            }
        }
        builder.rules(named);
        List<Programme> programmes = new ArrayList<>();
        for (Programme programme : framework.programmes()) {
            Programme.Builder changed = programme.toBuilder();
            if (context.canMake() && random.chance(0.5)) {
                changed.entry(context.rule(1));
            }
            if (context.canMake() && random.chance(0.3)) {
                changed.completion(context.rule(1));
            }
            if (random.chance(0.25)) {
                changed.capacity(random.chance(0.8) ? random.between(1, 500) : random.between(1, 1_000_000));
            }
            if (context.canMake() && random.chance(0.25)) {
                changed.selection(context.selection());
            }
            if (context.canMake() && random.chance(0.25)) {
                changed.checkpoints(context.checkpoints(programme));
            }
            programmes.add(changed.build());
        }
        return builder.programmes(programmes).build();
    }

    private static RatingPolicy policy(RandomSource random) {
        Map<RaterSource, RatingPolicy.SourcePolicy> sources = new LinkedHashMap<>();
        for (RaterSource source : random.subset(random.shuffled(List.of(RaterSource.values())), 0.6)) {
            sources.put(source, new RatingPolicy.SourcePolicy(random.chance(0.9) ? random.between(1, 5)
                    : random.between(1, 1000)));
        }
        return new RatingPolicy(sources, random.pick(List.of(RatingPolicy.Aggregation.values())),
                random.chance(0.7) ? Optional.of(random.chance(0.8) ? random.between(1, 60) : random.between(1, 1200))
                        : Optional.empty());
    }

    private static List<FactDefinition> facts(RandomSource random) {
        List<FactDefinition> facts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int f = random.between(1, 4); f > 0; f--) {
            String generated = random.chance(0.7) ? random.pick(FACT_NAMES)
                    : "f" + Identifiers.id(random).replace(":", "");
            String name = generated.length() > 64 ? generated.substring(0, 64) : generated;
            if (!names.add(name)) {
                continue;
            }
            Optional<String> description = random.chance(0.4) ? Optional.of(Texts.text(random)) : Optional.empty();
            if (random.nextBoolean()) {
                Optional<String> unit = random.chance(0.6) ? Optional.of(random.chance(0.8) ? random.pick(UNITS)
                        : Texts.text(random, 64)) : Optional.empty();
                facts.add(new FactDefinition(name, FactDefinition.Type.NUMBER, unit, description, List.of()));
            } else {
                List<String> values = random.chance(0.6)
                        ? List.copyOf(new LinkedHashSet<>(random.subset(random.shuffled(FACT_VALUES), 0.4)))
                        : List.of();
                facts.add(new FactDefinition(name, FactDefinition.Type.STRING, Optional.empty(), description, values));
            }
        }
        return facts;
    }

    /** A set of competencies that the checker accepts, with the one scale of its members. */
    private record Target(CompetencySet set, ProficiencyScale scale, int size) {
    }

    /** What rules may refer to in one framework. */
    private static final class Context {
        private final RandomSource random;
        private final Framework framework;
        private final List<Competency> rated = new ArrayList<>();
        private final Map<String, List<Competency>> byScale = new LinkedHashMap<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<FactDefinition> numbers;
        private final List<FactDefinition> strings;
        private final List<String> names = new ArrayList<>();

        Context(RandomSource random, Framework framework) {
            this.random = random;
            this.framework = framework;
            for (Competency competency : framework.competencies()) {
                Optional<ProficiencyScale> scale = framework.effectiveScale(competency.id());
                if (competency.status() == CompetencyStatus.ACTIVE && scale.isPresent()) {
                    rated.add(competency);
                    byScale.computeIfAbsent(scale.get().id(), key -> new ArrayList<>()).add(competency);
                }
            }
            for (Competency competency : framework.competencies()) {
                target(new CompetencySet.Subtree(competency.id()));
            }
            framework.competencies().stream().flatMap(c -> c.tags().stream()).distinct()
                    .forEach(tag -> target(new CompetencySet.Tagged(tag)));
            numbers = framework.facts().stream().filter(f -> f.type() == FactDefinition.Type.NUMBER).toList();
            strings = framework.facts().stream().filter(f -> f.type() == FactDefinition.Type.STRING).toList();
        }

        /** One to three selection keys: a number fact, the mean of a set, or a rule. */
        List<SelectionKey> selection() {
            List<SelectionKey> keys = new ArrayList<>();
            for (int k = random.between(1, 3); k > 0; k--) {
                SelectionKey.Order order = random.pick(List.of(SelectionKey.Order.values()));
                int form = random.between(0, 2);
                if (form == 0 && !numbers.isEmpty()) {
                    keys.add(new SelectionKey.ByFact(random.pick(numbers).name(), order));
                } else if (form == 1 && !rated.isEmpty()) {
                    keys.add(new SelectionKey.ByMean(target().set(), order));
                } else {
                    keys.add(new SelectionKey.ByRule(rule(1)));
                }
            }
            return keys;
        }

        /** One to four checkpoints with distinct ids, within the programme's duration when it is in months. */
        List<Checkpoint> checkpoints(Programme programme) {
            int last = programme.duration().filter(d -> d.unit() == ProgrammeDuration.Unit.MONTHS)
                    .map(d -> Math.min(1200, d.value())).orElse(programme.duration().isPresent() ? 1 : 1200);
            Set<String> ids = new HashSet<>();
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (int c = random.between(1, 4); c > 0; c--) {
                String id = Identifiers.freshId(random, ids);
                ids.add(id);
                checkpoints.add(new Checkpoint(id, random.chance(0.5) ? Optional.of(Texts.title(random))
                        : Optional.empty(), random.between(1, last), rule(1)));
            }
            return checkpoints;
        }

        /** Whether some leaf rule can be made: there is something for a rule to name. */
        boolean canMake() {
            return !rated.isEmpty() || !framework.programmes().isEmpty() || !framework.facts().isEmpty();
        }

        private void target(CompetencySet set) {
            List<Competency> members = framework.resolve(set);
            Set<String> scales = new HashSet<>();
            members.forEach(member -> scales.add(framework.effectiveScale(member.id()).orElseThrow().id()));
            if (!members.isEmpty() && scales.size() == 1) {
                targets.add(new Target(set, framework.scale(scales.iterator().next()).orElseThrow(), members.size()));
            }
        }

        /** A set: a subtree or tag found above, or a list of competencies of one scale. */
        private Target target() {
            if (!targets.isEmpty() && random.chance(0.6)) {
                return random.pick(targets);
            }
            List<Competency> group = byScale.get(random.pick(List.copyOf(byScale.keySet())));
            List<String> ids = random.shuffled(group).subList(0, random.between(1, Math.min(4, group.size())))
                    .stream().map(Competency::id).toList();
            return new Target(new CompetencySet.Listed(ids), framework.effectiveScale(ids.get(0)).orElseThrow(),
                    ids.size());
        }

        private Target sameScale(Target target) {
            List<Target> others = targets.stream().filter(t -> t.scale().id().equals(target.scale().id())).toList();
            if (!others.isEmpty() && random.nextBoolean()) {
                return random.pick(others);
            }
            List<Competency> group = byScale.get(target.scale().id());
            return new Target(new CompetencySet.Listed(List.of(random.pick(group).id())), target.scale(), 1);
        }

        private String level(ProficiencyScale scale) {
            return random.pick(scale.levels()).id();
        }

        Rule rule(int depth) {
            if (depth < MAX_DEPTH && random.chance(depth == 1 ? 0.55 : 0.3)) {
                switch (random.between(0, 3)) {
                    case 0 -> {
                        return new Rule.All(children(depth));
                    }
                    case 1 -> {
                        return new Rule.Any(children(depth));
                    }
                    case 2 -> {
                        return new Rule.Not(rule(depth + 1));
                    }
                    default -> {
                        List<Rule> children = children(depth);
                        return new Rule.AtLeastOf(random.between(0, children.size()), children);
                    }
                }
            }
            return leaf();
        }

        private List<Rule> children(int depth) {
            List<Rule> children = new ArrayList<>();
            for (int c = random.between(1, 3); c > 0; c--) {
                children.add(rule(depth + 1));
            }
            return children;
        }

        private Rule leaf() {
            List<Integer> forms = new ArrayList<>();
            if (!rated.isEmpty()) {
                forms.addAll(List.of(0, 1, 2, 3, 4, 5, 6));
            }
            if (!framework.programmes().isEmpty()) {
                forms.add(7);
            }
            if (!numbers.isEmpty()) {
                forms.addAll(List.of(8, 8, 8)); // five comparisons to cover
            }
            if (!strings.isEmpty()) {
                forms.addAll(List.of(9, 9));
            }
            if (!names.isEmpty()) {
                forms.add(10);
            }
            switch (random.pick(forms)) {
                case 0 -> {
                    Competency competency = random.pick(rated);
                    return new Rule.Level(competency.id(), random.pick(List.of(Rule.Comparison.AT_LEAST,
                            Rule.Comparison.AT_MOST, Rule.Comparison.EXACTLY)),
                            level(framework.effectiveScale(competency.id()).orElseThrow()));
                }
                case 1 -> {
                    Target target = target();
                    return new Rule.Count(target.set(), Rule.Quantifier.AT_LEAST, random.between(0, target.size()),
                            level(target.scale()));
                }
                case 2 -> {
                    Target target = target();
                    return new Rule.Count(target.set(), random.nextBoolean() ? Rule.Quantifier.ALL
                            : Rule.Quantifier.NONE, 0, level(target.scale()));
                }
                case 3 -> {
                    Target target = target();
                    return new Rule.LevelOfSet(target.set(), random.pick(List.of(Rule.Aggregate.values())),
                            level(target.scale()));
                }
                case 4 -> {
                    Target left = target();
                    return new Rule.Balance(left.set(), sameScale(left).set(),
                            random.chance(0.9) ? random.between(0, 3) : random.between(0, 1000));
                }
                case 5, 6 -> {
                    Target target = target();
                    List<String> kinds = random.chance(0.5) ? List.of()
                            : List.copyOf(new LinkedHashSet<>(random.subset(random.shuffled(EVIDENCE_KINDS), 0.4)));
                    List<RaterSource> sources = random.chance(0.5) ? List.of()
                            : random.subset(random.shuffled(List.of(RaterSource.values())), 0.4);
                    return new Rule.EvidenceCount(target.set(), random.chance(0.9) ? random.between(0, 5)
                            : random.between(0, 100_000), kinds, sources, months());
                }
                case 7 -> {
                    String programme = random.pick(framework.programmes()).id();
                    return random.nextBoolean() ? new Rule.ProgrammeTaken(programme, Rule.Taken.COMPLETED, months())
                            : new Rule.ProgrammeTaken(programme, Rule.Taken.ENROLLED, Optional.empty());
                }
                case 8 -> {
                    return new Rule.NumberFact(random.pick(numbers).name(), random.pick(List.of(
                            Rule.Comparison.values())), number());
                }
                case 9 -> {
                    FactDefinition fact = random.pick(strings);
                    List<String> pool = fact.values().isEmpty() ? FACT_VALUES : fact.values();
                    List<String> values = random.shuffled(pool).subList(0, random.between(1, Math.min(3, pool.size())));
                    return new Rule.StringFact(fact.name(), values);
                }
                default -> {
                    return new Rule.Ref(random.pick(names));
                }
            }
        }

        private Optional<Integer> months() {
            return random.chance(0.5) ? Optional.of(random.chance(0.8) ? random.between(1, 36)
                    : random.between(1, 1200)) : Optional.empty();
        }

        private BigDecimal number() {
            return random.chance(0.6) ? new BigDecimal(random.pick(NUMBERS))
                    : BigDecimal.valueOf(random.between(-1000, 100_000));
        }
    }

    /** Every rule of the framework: named ones, then programme entry and completion rules. */
    static List<Rule> all(Framework framework) {
        List<Rule> rules = new ArrayList<>(framework.rules().values());
        for (Programme programme : framework.programmes()) {
            programme.entry().ifPresent(rules::add);
            programme.completion().ifPresent(rules::add);
            programme.checkpoints().forEach(checkpoint -> rules.add(checkpoint.rule()));
            programme.selection().stream().filter(SelectionKey.ByRule.class::isInstance)
                    .map(key -> ((SelectionKey.ByRule) key).rule()).forEach(rules::add);
        }
        return rules;
    }

    /** The framework without any rule, rating policy or fact. */
    static Framework none(Framework framework) {
        return framework.toBuilder().ratingPolicy(null).facts(List.of()).rules(Map.of())
                .programmes(framework.programmes().stream()
                        .map(p -> p.toBuilder().entry(null).completion(null).selection(List.of())
                                .checkpoints(List.of()).build()).toList())
                .build();
    }

    /** Whether the framework has a rule, a rating policy or a fact. */
    static boolean any(Framework framework) {
        return framework.declaredRatingPolicy().isPresent() || !framework.facts().isEmpty()
                || !all(framework).isEmpty();
    }
}
