package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;
import org.cadre.testing.Shrinking;

/**
 * Generators of rules and person records that are valid against {@link TestFramework}, with shrinkers that
 * keep them valid: a smaller rule (a composite replaced by one of its children, a child dropped) and a
 * smaller record (fewer ratings, evidence items, programme records and facts).
 *
 * <p>Rules use every form: levels with all three comparisons, all, any, not, at least n of, count (at least,
 * every, none), minimum and mean of a set, balance, programmes completed or enrolled (with and without a
 * period), number facts with all five comparisons, string facts, evidence counts (with kinds, sources and
 * periods) and references to named rules; they are at most {@value #MAX_DEPTH} deep. The <em>monotone</em>
 * rules use only forms whose verdict cannot fall when ratings rise: levels at least, all, any, at least n of,
 * count at least and every, minimum and mean, programmes, number facts at least and more than, string facts,
 * evidence counts and references to the monotone named rules.
 *
 * <p>Records hold ratings from every source, with and without rater ids (from a small pool, so that one
 * rater often rates twice, sometimes on the same day), dated on, before and after the as-of date, on and
 * just past the edge of the 36-month window and far outside it, mostly at levels of the competency's scale
 * (sometimes at a level it does not have, or of an unrated or unknown competency); evidence; programme
 * records; and facts present or absent.
 */
final class RuleGenerators {

    static final int MAX_DEPTH = 5;
    static final List<String> RATERS = List.of("r1", "r2", "r3", "r4");

    private RuleGenerators() {
    }

    /** A set a rule may quantify over, with the level ids on the scale of every member. */
    record SetChoice(CompetencySet set, List<String> levels, boolean oneScale) {
    }

    /** A person's record as plain lists, so that it can shrink; {@link #toPerson()} builds the record. */
    record PersonSpec(List<Rating> ratings, List<Evidence> evidence, List<ProgrammeRecord> programmes,
                      Map<String, BigDecimal> numbers, Map<String, String> strings) {
        PersonSpec {
            ratings = List.copyOf(ratings);
            evidence = List.copyOf(evidence);
            programmes = List.copyOf(programmes);
            numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
            strings = Collections.unmodifiableMap(new LinkedHashMap<>(strings));
        }

        Person toPerson() {
            Person.Builder builder = Person.builder("p-1");
            ratings.forEach(builder::rating);
            evidence.forEach(builder::evidence);
            programmes.forEach(builder::programme);
            numbers.forEach(builder::number);
            strings.forEach(builder::string);
            return builder.build();
        }

        PersonSpec withRatings(List<Rating> newRatings) {
            return new PersonSpec(newRatings, evidence, programmes, numbers, strings);
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append("ratings:");
            for (Rating rating : ratings) {
                text.append("\n    ").append(rating.competency()).append(' ').append(rating.level()).append(' ')
                        .append(rating.source().jsonName()).append(rating.rater().map(r -> " " + r).orElse(" -"))
                        .append(' ').append(rating.date());
            }
            text.append("\n  evidence:");
            for (Evidence item : evidence) {
                text.append("\n    ").append(item.competency()).append(' ').append(item.kind()).append(' ')
                        .append(item.source().map(RaterSource::jsonName).orElse("-")).append(' ').append(item.date());
            }
            text.append("\n  programmes: ").append(programmes.stream().map(record -> record.programme() + " "
                    + record.state().jsonName() + " " + record.start().map(String::valueOf).orElse("-") + ".."
                    + record.end().map(String::valueOf).orElse("-")).toList());
            text.append("\n  numbers: ").append(numbers).append("\n  strings: ").append(strings);
            return text.toString();
        }
    }

    /**
     * One try's input: some rules (one or more), a record, and a seed for any further random choice the
     * check makes (such as which rating to raise), so that shrinking the rules or the record keeps the seed.
     */
    record Case(List<Rule> rules, PersonSpec person, long seed) {
        Case {
            rules = List.copyOf(rules);
        }

        Rule rule() {
            return rules.get(0);
        }
    }

    // --- sets --------------------------------------------------------------------------------------

    /** A set from the pool: subtrees, tags and lists, on one scale or (when allowed) on two. */
    static SetChoice set(RandomSource random, boolean oneScaleOnly) {
        int choice = random.between(0, oneScaleOnly ? 8 : 10);
        return switch (choice) {
            case 0 -> new SetChoice(new CompetencySet.Subtree("leading"), TestFramework.FOUR, true);
            case 1 -> new SetChoice(new CompetencySet.Subtree("people"), TestFramework.FOUR, true);
            case 2 -> new SetChoice(new CompetencySet.Subtree("direction"), TestFramework.FOUR, true);
            case 3 -> new SetChoice(new CompetencySet.Tagged("people"), TestFramework.FOUR, true);
            case 4 -> new SetChoice(new CompetencySet.Tagged("personal"), TestFramework.FOUR, true);
            case 5 -> new SetChoice(new CompetencySet.Tagged("strategic"), TestFramework.FOUR, true);
            case 6 -> new SetChoice(CompetencySet.of("digital"), TestFramework.FIVE, true);
            case 7, 8 -> {
                List<String> pool = new ArrayList<>(TestFramework.ON_FOUR);
                pool.add("legacy");
                List<String> ids = random.shuffled(pool).subList(0, random.between(1, 4));
                yield new SetChoice(new CompetencySet.Listed(ids), TestFramework.FOUR, true);
            }
            case 9 -> new SetChoice(new CompetencySet.Tagged("mixed"), TestFramework.SHARED, false);
            default -> new SetChoice(new CompetencySet.Listed(List.of("team", "digital")), TestFramework.SHARED,
                    false);
        };
    }

    /** A set on the same scale as {@code other}. */
    static SetChoice sameScale(RandomSource random, SetChoice other) {
        if (other.levels().equals(TestFramework.FIVE)) {
            return other;
        }
        while (true) {
            SetChoice candidate = set(random, true);
            if (candidate.levels().equals(TestFramework.FOUR)) {
                return candidate;
            }
        }
    }

    // --- rules -------------------------------------------------------------------------------------

    /** Rules of every form, at most {@value #MAX_DEPTH} deep. */
    static Generator<Rule> rules() {
        return rules(false);
    }

    /** Rules of the monotone forms only, at most {@value #MAX_DEPTH} deep. */
    static Generator<Rule> monotoneRules() {
        return rules(true);
    }

    private static Generator<Rule> rules(boolean monotone) {
        Generator<Rule> plain = random -> rule(random, MAX_DEPTH, monotone);
        return plain.withShrinker(RuleGenerators::shrinkRule)
                .describedBy(rule -> RuleText.render(rule, TestFramework.shared()) + "\n  as data: " + rule);
    }

    static Rule rule(RandomSource random, int depth, boolean monotone) {
        if (depth <= 1 || random.chance(0.4)) {
            return leaf(random, monotone);
        }
        int kinds = monotone ? 3 : 4;
        // Monotone rules avoid "all of ()" and "at least 0 of", which are MET whatever the record says.
        int least = monotone ? 1 : 0;
        return switch (random.between(0, kinds - 1)) {
            case 0 -> new Rule.All(children(random, depth, monotone, least, 3));
            case 1 -> new Rule.Any(children(random, depth, monotone, 1, 3));
            case 2 -> {
                List<Rule> children = children(random, depth, monotone, least, 4);
                yield new Rule.AtLeastOf(random.between(least, children.size()), children);
            }
            default -> new Rule.Not(rule(random, depth - 1, false));
        };
    }

    private static List<Rule> children(RandomSource random, int depth, boolean monotone, int min, int max) {
        int size = random.between(min, max);
        List<Rule> children = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            children.add(rule(random, depth - 1, monotone));
        }
        return children;
    }

    private static Rule.Comparison levelComparison(RandomSource random, boolean monotone) {
        return monotone ? Rule.Comparison.AT_LEAST
                : random.pick(List.of(Rule.Comparison.AT_LEAST, Rule.Comparison.AT_MOST, Rule.Comparison.EXACTLY));
    }

    static Rule leaf(RandomSource random, boolean monotone) {
        int forms = monotone ? 9 : 10;
        return switch (random.between(0, forms - 1)) {
            case 0 -> {
                String competency = random.pick(TestFramework.RATED_COMPETENCIES);
                yield new Rule.Level(competency, levelComparison(random, monotone),
                        random.pick(TestFramework.levelsOf(competency)));
            }
            case 1 -> {
                SetChoice set = set(random, false);
                List<Rule.Quantifier> quantifiers = monotone
                        ? List.of(Rule.Quantifier.AT_LEAST, Rule.Quantifier.ALL)
                        : List.of(Rule.Quantifier.AT_LEAST, Rule.Quantifier.ALL, Rule.Quantifier.NONE);
                Rule.Quantifier quantifier = random.pick(quantifiers);
                int size = TestFramework.shared().resolve(set.set()).size();
                int n = quantifier == Rule.Quantifier.AT_LEAST ? random.between(0, size) : 0;
                yield new Rule.Count(set.set(), quantifier, n, random.pick(set.levels()));
            }
            case 2 -> {
                SetChoice set = set(random, true);
                yield new Rule.LevelOfSet(set.set(), random.pick(List.of(Rule.Aggregate.values())),
                        random.pick(set.levels()));
            }
            case 3 -> {
                Rule.Taken taken = random.pick(List.of(Rule.Taken.values()));
                // A recency limit applies to completed programmes only (the constructor refuses it otherwise).
                Optional<Integer> within = taken == Rule.Taken.ENROLLED || random.nextBoolean() ? Optional.empty()
                        : Optional.of(random.between(1, 36));
                yield new Rule.ProgrammeTaken(random.pick(TestFramework.PROGRAMMES), taken, within);
            }
            case 4 -> {
                boolean hours = random.nextBoolean();
                List<Rule.Comparison> comparisons = monotone
                        ? List.of(Rule.Comparison.AT_LEAST, Rule.Comparison.MORE_THAN)
                        : List.of(Rule.Comparison.values());
                BigDecimal value = hours
                        ? random.pick(List.of(BigDecimal.ZERO, new BigDecimal("9999.5"), BigDecimal.valueOf(10_000),
                        BigDecimal.valueOf(20_000)))
                        : random.pick(List.of(BigDecimal.valueOf(12), BigDecimal.valueOf(24), BigDecimal.valueOf(36)));
                yield new Rule.NumberFact(hours ? "practiceHours" : "monthsInRole", random.pick(comparisons), value);
            }
            case 5 -> {
                boolean band = random.nextBoolean();
                List<String> pool = band ? TestFramework.BANDS : List.of("nursing", "medical", "ahp", "other");
                List<String> values = random.subset(pool, 0.4);
                if (values.isEmpty()) {
                    values = List.of(random.pick(pool));
                }
                yield new Rule.StringFact(band ? "band" : "staffGroup", values);
            }
            case 6 -> {
                SetChoice set = set(random, false);
                List<String> kinds = random.chance(0.5) ? List.of() : random.subset(TestFramework.KINDS, 0.5);
                List<RaterSource> sources = random.chance(0.5) ? List.of()
                        : random.subset(List.of(RaterSource.values()), 0.4);
                Optional<Integer> within = random.nextBoolean() ? Optional.empty()
                        : Optional.of(random.between(1, 36));
                yield new Rule.EvidenceCount(set.set(), random.between(0, 3), kinds, sources, within);
            }
            case 7 -> new Rule.Ref(random.pick(monotone ? TestFramework.MONOTONE_NAMED : TestFramework.ALL_NAMED));
            case 8 -> {
                // A level of the competency on the five-level scale, or of the retired one: rarer in sets.
                String competency = random.nextBoolean() ? "digital" : "legacy";
                yield new Rule.Level(competency, levelComparison(random, monotone),
                        random.pick(TestFramework.levelsOf(competency)));
            }
            default -> {
                SetChoice left = set(random, true);
                SetChoice right = sameScale(random, left);
                yield new Rule.Balance(left.set(), right.set(), random.between(0, 3));
            }
        };
    }

    /** Smaller rules: a child in place of its parent, a child dropped, a child shrunk, a smaller count. */
    static Stream<Rule> shrinkRule(Rule rule) {
        if (rule instanceof Rule.All all) {
            return Stream.concat(all.rules().stream(), Stream.concat(
                    Shrinking.removals(all.rules(), 0).map(rules -> (Rule) new Rule.All(rules)),
                    Shrinking.elementwise(all.rules(), RuleGenerators::shrinkRule).map(rules -> (Rule) new Rule.All(rules))));
        }
        if (rule instanceof Rule.Any any) {
            return Stream.concat(any.rules().stream(), Stream.concat(
                    Shrinking.removals(any.rules(), 1).map(rules -> (Rule) new Rule.Any(rules)),
                    Shrinking.elementwise(any.rules(), RuleGenerators::shrinkRule).map(rules -> (Rule) new Rule.Any(rules))));
        }
        if (rule instanceof Rule.AtLeastOf atLeastOf) {
            int n = atLeastOf.n();
            return Stream.concat(atLeastOf.rules().stream(), Stream.concat(
                    Shrinking.removals(atLeastOf.rules(), 0)
                            .map(rules -> (Rule) new Rule.AtLeastOf(Math.min(n, rules.size()), rules)),
                    Shrinking.elementwise(atLeastOf.rules(), RuleGenerators::shrinkRule)
                            .map(rules -> (Rule) new Rule.AtLeastOf(n, rules))));
        }
        if (rule instanceof Rule.Not not) {
            return Stream.concat(Stream.of(not.rule()), shrinkRule(not.rule()).map(Rule.Not::new));
        }
        if (rule instanceof Rule.Count count && count.quantifier() == Rule.Quantifier.AT_LEAST && count.n() > 0) {
            return Shrinking.towards(count.n(), 0)
                    .map(n -> new Rule.Count(count.set(), count.quantifier(), n, count.level()));
        }
        return Stream.empty();
    }

    /** How many rule nodes the rule has, named rules counted where they are referred to. */
    static int size(Rule rule, Framework framework) {
        if (rule instanceof Rule.Ref ref) {
            return 1 + size(framework.rules().get(ref.name()), framework);
        }
        return 1 + children(rule).stream().mapToInt(child -> size(child, framework)).sum();
    }

    /** The rules directly inside a rule (not following references). */
    static List<Rule> children(Rule rule) {
        return rule.children();
    }

    /**
     * The competencies whose ratings a rule reads: those of levels, counts, minimums, means and balances
     * (sets resolved by the framework), through references to named rules. Evidence counts, programmes and
     * facts read no ratings.
     */
    static Set<String> ratedMentions(Rule rule, Framework framework) {
        Set<String> found = new LinkedHashSet<>();
        collect(rule, framework, found);
        return found;
    }

    private static void collect(Rule rule, Framework framework, Set<String> found) {
        if (rule instanceof Rule.Level level) {
            found.add(level.competency());
        } else if (rule instanceof Rule.Count count) {
            members(count.set(), framework, found);
        } else if (rule instanceof Rule.LevelOfSet ofSet) {
            members(ofSet.set(), framework, found);
        } else if (rule instanceof Rule.Balance balance) {
            members(balance.left(), framework, found);
            members(balance.right(), framework, found);
        } else if (rule instanceof Rule.Ref ref) {
            collect(framework.rules().get(ref.name()), framework, found);
        } else {
            children(rule).forEach(child -> collect(child, framework, found));
        }
    }

    private static void members(CompetencySet set, Framework framework, Set<String> found) {
        framework.resolve(set).forEach(competency -> found.add(competency.id()));
    }

    // --- people ------------------------------------------------------------------------------------

    /**
     * A date of interest for a rating or an item of evidence: the as-of date, the day before, a day well
     * inside the window, exactly 36 months back (still valid), one day more (not), after the as-of date, far
     * outside the window, or any day inside it. Drawn from few values so that dates often coincide.
     */
    static LocalDate date(RandomSource random) {
        LocalDate edge = TestFramework.AS_OF.minusMonths(36);
        return switch (random.between(0, 9)) {
            case 0 -> TestFramework.AS_OF;
            case 1 -> TestFramework.AS_OF.minusDays(1);
            case 2, 3 -> TestFramework.RATED;
            case 4 -> edge;
            case 5 -> edge.minusDays(1);
            case 6 -> TestFramework.AS_OF.plusDays(random.between(1, 30));
            case 7 -> edge.minusDays(random.between(1, 400));
            default -> TestFramework.AS_OF.minusDays(random.between(0, 1090));
        };
    }

    static Rating rating(RandomSource random) {
        String competency = random.chance(0.9) ? random.pick(TestFramework.RATED_COMPETENCIES)
                : random.pick(List.of("leading", "ghost"));
        List<String> levels = TestFramework.levelsOf(competency);
        String level = !levels.isEmpty() && random.chance(0.92) ? random.pick(levels)
                : random.pick(List.of("aware", "exemplary", "expert", "strong"));
        Optional<String> rater = random.chance(0.25) ? Optional.empty() : Optional.of(random.pick(RATERS));
        return new Rating(competency, level, random.pick(List.of(RaterSource.values())), rater, date(random));
    }

    static Evidence evidence(RandomSource random) {
        String competency = random.pick(TestFramework.ALL_IDS.subList(0, TestFramework.ALL_IDS.size() - 1));
        Optional<RaterSource> source = random.chance(0.3) ? Optional.empty()
                : Optional.of(random.pick(List.of(RaterSource.values())));
        Optional<String> reference = random.nextBoolean() ? Optional.empty() : Optional.of("doc-" + random.between(1, 9));
        return new Evidence(competency, random.pick(TestFramework.KINDS), source, date(random), reference);
    }

    static ProgrammeRecord programme(RandomSource random) {
        String programme = random.pick(TestFramework.PROGRAMMES);
        Optional<LocalDate> start = random.chance(0.3) ? Optional.empty() : Optional.of(date(random));
        if (random.nextBoolean()) {
            Optional<LocalDate> end = random.chance(0.2) ? Optional.empty() : Optional.of(date(random));
            return new ProgrammeRecord(programme, ProgrammeState.COMPLETED, start, end);
        }
        return new ProgrammeRecord(programme, ProgrammeState.ENROLLED, start, Optional.empty());
    }

    /**
     * A rating of one of the given competencies by one of few raters on one of few days, so that ratings of
     * one competency often share a rater, a day, or both.
     */
    static Rating denseRating(RandomSource random, List<String> focus) {
        String competency = random.pick(focus);
        LocalDate date = random.chance(0.8)
                ? random.pick(List.of(TestFramework.AS_OF, TestFramework.RATED, TestFramework.RATED.minusDays(1)))
                : date(random);
        Optional<String> rater = random.chance(0.2) ? Optional.empty()
                : Optional.of(random.pick(RATERS.subList(0, 3)));
        return new Rating(competency, random.pick(TestFramework.levelsOf(competency)),
                random.pick(List.of(RaterSource.values())), rater, date);
    }

    /**
     * A record. Half of them spread up to 16 ratings over every competency; the other half give 4 to 20
     * ratings to two competencies from few raters on few days (see {@link #denseRating}).
     */
    static PersonSpec person(RandomSource random) {
        return person(random, Set.of());
    }

    /**
     * A record whose ratings, when {@code focus} is not empty, go mostly to those competencies (one to three
     * ratings to most of them, mostly from sources that count, so that their levels are often known);
     * otherwise as {@link #person(RandomSource)}. The set's order must not depend on hashing (use a
     * {@link LinkedHashSet}), so that a seed always makes the same record.
     */
    static PersonSpec person(RandomSource random, Set<String> focus) {
        List<Rating> ratings = new ArrayList<>();
        if (!focus.isEmpty()) {
            for (String competency : focus) {
                if (!random.chance(0.8)) {
                    continue;
                }
                for (int i = random.between(1, 3); i > 0; i--) {
                    Rating rating = denseRating(random, List.of(competency));
                    RaterSource source = random.chance(0.7)
                            ? random.pick(List.of(RaterSource.MANAGER, RaterSource.ASSESSOR))
                            : rating.source();
                    ratings.add(new Rating(competency, rating.level(), source, rating.rater(), rating.date()));
                }
            }
            for (int i = random.between(0, 3); i > 0; i--) {
                ratings.add(rating(random));
            }
            ratings = random.shuffled(ratings);
        } else if (random.nextBoolean()) {
            int count = random.between(0, 16);
            for (int i = 0; i < count; i++) {
                ratings.add(rating(random));
            }
        } else {
            List<String> pair = random.shuffled(TestFramework.RATED_COMPETENCIES).subList(0, 2);
            int count = random.between(4, 20);
            for (int i = 0; i < count; i++) {
                ratings.add(random.chance(0.9) ? denseRating(random, pair) : rating(random));
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        int items = random.between(0, 5);
        for (int i = 0; i < items; i++) {
            evidence.add(evidence(random));
        }
        List<ProgrammeRecord> programmes = new ArrayList<>();
        int records = random.between(0, 3);
        for (int i = 0; i < records; i++) {
            programmes.add(programme(random));
        }
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        if (random.chance(0.6)) {
            numbers.put("practiceHours", random.pick(List.of(BigDecimal.ZERO, BigDecimal.valueOf(9_999),
                    BigDecimal.valueOf(10_000), new BigDecimal("10000.0"), new BigDecimal("10000.5"),
                    BigDecimal.valueOf(25_000))));
        }
        if (random.chance(0.6)) {
            numbers.put("monthsInRole", random.pick(List.of(BigDecimal.ZERO, BigDecimal.valueOf(12),
                    BigDecimal.valueOf(23), BigDecimal.valueOf(24), BigDecimal.valueOf(36))));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        if (random.chance(0.6)) {
            strings.put("band", random.pick(TestFramework.BANDS));
        }
        if (random.chance(0.6)) {
            strings.put("staffGroup", random.pick(TestFramework.STAFF_GROUPS));
        }
        return new PersonSpec(ratings, evidence, programmes, numbers, strings);
    }

    /** Smaller records: fewer ratings first, then less evidence, fewer programmes, fewer facts. */
    static Stream<PersonSpec> shrinkPerson(PersonSpec person) {
        Stream<PersonSpec> ratings = Shrinking.removals(person.ratings(), 0).map(person::withRatings);
        Stream<PersonSpec> evidence = Shrinking.removals(person.evidence(), 0).map(items -> new PersonSpec(
                person.ratings(), items, person.programmes(), person.numbers(), person.strings()));
        Stream<PersonSpec> programmes = Shrinking.removals(person.programmes(), 0).map(records -> new PersonSpec(
                person.ratings(), person.evidence(), records, person.numbers(), person.strings()));
        Stream<PersonSpec> numbers = person.numbers().keySet().stream().map(name -> {
            Map<String, BigDecimal> fewer = new LinkedHashMap<>(person.numbers());
            fewer.remove(name);
            return new PersonSpec(person.ratings(), person.evidence(), person.programmes(), fewer, person.strings());
        });
        Stream<PersonSpec> strings = person.strings().keySet().stream().map(name -> {
            Map<String, String> fewer = new LinkedHashMap<>(person.strings());
            fewer.remove(name);
            return new PersonSpec(person.ratings(), person.evidence(), person.programmes(), person.numbers(), fewer);
        });
        return Stream.of(ratings, evidence, programmes, numbers, strings).flatMap(stream -> stream);
    }

    /** Records, shrinking to fewer ratings, evidence, programmes and facts. */
    static Generator<PersonSpec> people() {
        Generator<PersonSpec> plain = RuleGenerators::person;
        return plain.withShrinker(RuleGenerators::shrinkPerson).describedBy(PersonSpec::describe);
    }

    /**
     * Cases of {@code minRules} to {@code maxRules} rules (monotone ones if asked), a record (half of the time
     * one whose ratings aim at the competencies the rules read) and a seed. Shrinks by dropping rules, then
     * shrinking each rule, then the record.
     */
    static Generator<Case> cases(int minRules, int maxRules, boolean monotone) {
        Generator<Rule> ruleGenerator = monotone ? monotoneRules() : rules();
        Generator<Case> plain = random -> {
            int count = random.between(minRules, maxRules);
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                rules.add(ruleGenerator.generate(random));
            }
            Set<String> focus = new LinkedHashSet<>();
            if (random.nextBoolean()) {
                rules.forEach(rule -> focus.addAll(ratedMentions(rule, TestFramework.shared())));
            }
            return new Case(rules, person(random, focus), random.nextLong());
        };
        return plain.withShrinker(value -> Stream.of(
                        Shrinking.removals(value.rules(), minRules).map(rules -> new Case(rules, value.person(), value.seed())),
                        Shrinking.elementwise(value.rules(), ruleGenerator::shrink)
                                .map(rules -> new Case(rules, value.person(), value.seed())),
                        shrinkPerson(value.person()).map(person -> new Case(value.rules(), person, value.seed())))
                .flatMap(stream -> stream))
                .describedBy(RuleGenerators::describe);
    }

    static String describe(Case value) {
        Framework framework = TestFramework.shared();
        String rules = IntStream.range(0, value.rules().size())
                .mapToObj(i -> "rule " + i + ": " + RuleText.render(value.rules().get(i), framework) + "\n  as data: "
                        + value.rules().get(i))
                .collect(Collectors.joining("\n"));
        return rules + "\n" + value.person().describe() + "\nseed: " + value.seed();
    }
}
