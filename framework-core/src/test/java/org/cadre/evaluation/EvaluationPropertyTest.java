package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadre.evaluation.RuleGenerators.Case;
import org.cadre.evaluation.RuleGenerators.PersonSpec;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Rule;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.report.Pointers;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of the compiled evaluator, over random rules of every form and random records (see
 * {@link RuleGenerators}) against the fixed {@link TestFramework}, judged at {@link TestFramework#AS_OF}.
 */
class EvaluationPropertyTest {

    private static final int TRIES = 300;

    private static Verdict verdict(CompiledFramework compiled, Rule rule, PersonState state) {
        return compiled.compile(rule).verdict(state);
    }

    private static PersonState state(CompiledFramework compiled, PersonSpec person) {
        return compiled.state(person.toPerson(), AS_OF);
    }

    // --- a. fast and explained modes agree -------------------------------------------------------------

    @Test
    void theFastAndTheExplainedVerdictsAgreeAtEveryNodeOfTheExplanation() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("fast and explained verdicts agree at every node", RuleGenerators.cases(1, 1, false), TRIES,
                value -> {
                    PersonState state = state(compiled, value.person());
                    CompiledRule rule = compiled.compile(value.rule());
                    Explanation explanation = rule.explain(state);
                    assertThat(explanation.verdict()).as("the root's explained verdict").isEqualTo(rule.verdict(state));
                    agreesEverywhere(compiled, state, value.rule(), "", explanation);
                });
    }

    /**
     * Walks the rule and its explanation together: every node's explained verdict is the fast verdict of the
     * rule at that node compiled on its own; an UNKNOWN node names what is missing and no other node does;
     * pointers and rule texts follow the rule's document form.
     */
    private static void agreesEverywhere(CompiledFramework compiled, PersonState state, Rule rule, String pointer,
                                         Explanation explanation) {
        Framework framework = compiled.framework();
        assertThat(explanation.pointer()).as("pointer of %s", rule).isEqualTo(pointer);
        assertThat(explanation.rule()).as("text at %s", pointer).isEqualTo(RuleText.render(rule, framework));
        assertThat(explanation.sentence()).as("sentence at %s", pointer).isNotBlank();
        assertThat(explanation.verdict()).as("explained verdict at %s (%s)", pointer, explanation.sentence())
                .isEqualTo(verdict(compiled, rule, state));
        if (explanation.verdict() == Verdict.UNKNOWN) {
            assertThat(explanation.missing()).as("what is missing at unknown %s", pointer).isNotEmpty();
        } else {
            assertThat(explanation.missing()).as("what is missing at %s %s", explanation.verdict(), pointer).isEmpty();
        }
        List<Rule> inner = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        if (rule instanceof Rule.Ref ref) {
            inner.add(framework.rules().get(ref.name()));
            pointers.add(Pointers.of("rules", ref.name()));
        } else if (rule instanceof Rule.Not not) {
            inner.add(not.rule());
            pointers.add(Pointers.append(pointer, "not"));
        } else {
            String base = rule instanceof Rule.All ? Pointers.append(pointer, "all")
                    : rule instanceof Rule.Any ? Pointers.append(pointer, "any")
                    : Pointers.append(Pointers.append(pointer, "atLeastOf"), "rules");
            List<Rule> children = RuleGenerators.children(rule);
            for (int i = 0; i < children.size(); i++) {
                inner.add(children.get(i));
                pointers.add(Pointers.append(base, i));
            }
        }
        assertThat(explanation.children()).as("children at %s", pointer).hasSize(inner.size());
        for (int i = 0; i < inner.size(); i++) {
            agreesEverywhere(compiled, state, inner.get(i), pointers.get(i), explanation.children().get(i));
        }
    }

    // --- b. Kleene laws -----------------------------------------------------------------------------------

    @Test
    void notIsKleeneNegationAndNotNotIsTheRuleItself() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("not is negation, not not is identity", RuleGenerators.cases(1, 1, false), TRIES, value -> {
            PersonState state = state(compiled, value.person());
            Verdict plain = verdict(compiled, value.rule(), state);
            assertThat(verdict(compiled, new Rule.Not(value.rule()), state)).isEqualTo(plain.not());
            assertThat(verdict(compiled, new Rule.Not(new Rule.Not(value.rule())), state)).isEqualTo(plain);
        });
    }

    @Test
    void deMorgansLawsHold() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("De Morgan", RuleGenerators.cases(2, 2, false), TRIES, value -> {
            PersonState state = state(compiled, value.person());
            Rule a = value.rules().get(0);
            Rule b = value.rules().get(1);
            assertThat(verdict(compiled, new Rule.Not(new Rule.All(List.of(a, b))), state)).as("not (a and b)")
                    .isEqualTo(verdict(compiled, new Rule.Any(List.of(new Rule.Not(a), new Rule.Not(b))), state));
            assertThat(verdict(compiled, new Rule.Not(new Rule.Any(List.of(a, b))), state)).as("not (a or b)")
                    .isEqualTo(verdict(compiled, new Rule.All(List.of(new Rule.Not(a), new Rule.Not(b))), state));
        });
    }

    @Test
    void allAnyAndAtLeastOfAreKleeneFoldsOfTheirChildren() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("all, any and at least n of are Kleene folds", RuleGenerators.cases(1, 4, false), TRIES,
                value -> {
                    PersonState state = state(compiled, value.person());
                    List<Rule> rules = value.rules();
                    Verdict and = Verdict.MET;
                    Verdict or = Verdict.NOT_MET;
                    for (Rule rule : rules) {
                        Verdict child = verdict(compiled, rule, state);
                        and = and.and(child);
                        or = or.or(child);
                    }
                    Verdict all = verdict(compiled, new Rule.All(rules), state);
                    Verdict any = verdict(compiled, new Rule.Any(rules), state);
                    assertThat(all).as("all").isEqualTo(and);
                    assertThat(any).as("any").isEqualTo(or);
                    assertThat(verdict(compiled, new Rule.AtLeastOf(1, rules), state)).as("at least 1 of")
                            .isEqualTo(any);
                    assertThat(verdict(compiled, new Rule.AtLeastOf(rules.size(), rules), state)).as("at least all of")
                            .isEqualTo(all);
                    assertThat(verdict(compiled, new Rule.AtLeastOf(0, rules), state)).as("at least 0 of")
                            .isEqualTo(Verdict.MET);
                });
    }

    // --- c. ratings of competencies a rule does not read ----------------------------------------------------

    /**
     * Adds one rating, from a source that counts under the default policy (manager, assessor or other), dated
     * inside the window, at a level of the competency's scale, for a competency the rule does not read (see
     * {@link RuleGenerators#ratedMentions}: levels, sets of counts, minimums, means and balances, through named
     * rules; the unrated domain and an unknown id are always candidates).
     */
    @Test
    void aRatingOfACompetencyTheRuleDoesNotMentionNeverChangesItsVerdict() {
        CompiledFramework compiled = TestFramework.compiled();
        Framework framework = compiled.framework();
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger levelChanged = new AtomicInteger();
        Property.forAll("a rating of an unmentioned competency changes nothing", RuleGenerators.cases(1, 1, false),
                TRIES, value -> {
                    tries.incrementAndGet();
                    Set<String> mentioned = RuleGenerators.ratedMentions(value.rule(), framework);
                    List<String> candidates = new ArrayList<>(TestFramework.ALL_IDS);
                    candidates.removeAll(mentioned);
                    RandomSource random = new RandomSource(value.seed());
                    String competency = random.pick(candidates);
                    List<String> levels = TestFramework.levelsOf(competency);
                    Rating added = new Rating(competency, levels.isEmpty() ? "strong" : random.pick(levels),
                            random.pick(List.of(RaterSource.MANAGER, RaterSource.ASSESSOR, RaterSource.OTHER)),
                            random.nextBoolean() ? Optional.empty() : Optional.of(random.pick(RuleGenerators.RATERS)),
                            AS_OF.minusDays(random.between(0, 400)));
                    List<Rating> ratings = new ArrayList<>(value.person().ratings());
                    ratings.add(random.between(0, ratings.size()), added);
                    PersonState before = state(compiled, value.person());
                    PersonState after = state(compiled, value.person().withRatings(ratings));
                    if (!before.level(competency).equals(after.level(competency))) {
                        levelChanged.incrementAndGet();
                    }
                    CompiledRule rule = compiled.compile(value.rule());
                    assertThat(rule.verdict(after)).as("verdict after rating %s", competency)
                            .isEqualTo(rule.verdict(before));
                    assertThat(rule.explain(after)).as("explanation after rating %s", competency)
                            .isEqualTo(rule.explain(before));
                });
        if (tries.get() >= 100) {
            assertThat(levelChanged.get()).as("tries whose added rating changed a level").isGreaterThan(tries.get() / 4);
        }
    }

    // --- d. monotonicity ------------------------------------------------------------------------------------

    /**
     * Raising ratings never lowers the verdict of a monotone rule (levels at least, all, any, at least n of,
     * count at least and every, minimum and mean, programmes, number facts at least and more than, string facts,
     * evidence counts and the monotone named rules), under each aggregation of the policy
     * {@link TestFramework#policy}. In the order NOT_MET &lt; UNKNOWN &lt; MET the verdict never falls, so in
     * particular MET never becomes NOT_MET or UNKNOWN. The record is raised in one to three steps, each one of
     * two transformations ({@link #raise}), most often of a rating of a competency the rule reads. Each leaves
     * every competency known or unknown as it was and never lowers the level of one, under every aggregation
     * (the test checks that too):
     * <ol>
     *   <li><b>replace</b>: one rating, at a level of its competency's scale below the top, gets a strictly
     *       higher level of that scale; source, rater and date stay. Each rater's latest rating (lower on a
     *       tie) can only rise, the raters and sources that count stay the same, and median, mean, minimum and
     *       latest (lower on a tie) are each non-decreasing in every rater's level.</li>
     *   <li><b>revise</b>: a rater with an id, of a source the policy counts, who has a rating inside the
     *       window, rates the competency again on a later day, no later than the as-of date and after every
     *       rating of theirs on or before it, at a level at least as high as the highest level any rating of
     *       that competency holds. The rater already counted, so the raters per source (and the sources that
     *       reach their minimum) stay the same; the rater's level can only rise; and for LATEST the new rating
     *       either becomes the latest one (at a level at least the old result), ties with the latest ones
     *       (whose lowest level is at most the new one) or is older (changing nothing).</li>
     * </ol>
     * A new rater is never added: a new peer could lift peers over their minimum and bring in low ratings.
     */
    @ParameterizedTest
    @EnumSource(RatingPolicy.Aggregation.class)
    void raisingRatingsNeverLowersTheVerdictOfAMonotoneRule(RatingPolicy.Aggregation aggregation) {
        CompiledFramework compiled = TestFramework.compiled(aggregation);
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger raised = new AtomicInteger();
        Property.forAll("raising ratings keeps a monotone rule's verdict, " + aggregation.jsonName(),
                RuleGenerators.cases(1, 1, true), TRIES, value -> {
                    tries.incrementAndGet();
                    RandomSource random = new RandomSource(value.seed());
                    Set<String> mentioned = RuleGenerators.ratedMentions(value.rule(), compiled.framework());
                    Optional<PersonSpec> higher = Optional.empty();
                    for (int step = random.between(1, 3); step > 0; step--) {
                        Optional<PersonSpec> next = raise(higher.orElse(value.person()), random,
                                compiled.framework().ratingPolicy(), mentioned);
                        higher = next.isPresent() ? next : higher;
                    }
                    if (higher.isEmpty()) {
                        return;
                    }
                    raised.incrementAndGet();
                    PersonState before = state(compiled, value.person());
                    PersonState after = state(compiled, higher.get());
                    for (String id : TestFramework.ALL_IDS) {
                        Optional<Level> was = before.level(id);
                        Optional<Level> now = after.level(id);
                        assertThat(now.isPresent()).as("%s known after raising", id).isEqualTo(was.isPresent());
                        if (was.isPresent()) {
                            assertThat(now.get().rank()).as("rank of %s after raising", id)
                                    .isGreaterThanOrEqualTo(was.get().rank());
                        }
                    }
                    CompiledRule rule = compiled.compile(value.rule());
                    Verdict old = rule.verdict(before);
                    Verdict next = rule.verdict(after);
                    assertThat(truth(next)).as("verdict %s after raising, was %s", next, old)
                            .isGreaterThanOrEqualTo(truth(old));
                });
        if (tries.get() >= 100) {
            assertThat(raised.get()).as("tries with a rating to raise").isGreaterThan(tries.get() / 2);
        }
    }

    private static int truth(Verdict verdict) {
        return switch (verdict) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
        };
    }

    /**
     * The record with one rating raised by "replace" or "revise" (see the test above), most often of a
     * competency the rule reads; empty if neither fits.
     */
    static Optional<PersonSpec> raise(PersonSpec person, RandomSource random, RatingPolicy policy,
                                      Set<String> mentioned) {
        Set<String> aim = random.chance(0.8) ? mentioned : Set.copyOf(TestFramework.ALL_IDS);
        boolean replaceFirst = random.nextBoolean();
        Optional<PersonSpec> first = replaceFirst ? replace(person, random, aim) : revise(person, random, policy, aim);
        return first.isPresent() ? first
                : replaceFirst ? revise(person, random, policy, aim) : replace(person, random, aim);
    }

    private static int position(Rating rating) {
        return TestFramework.levelsOf(rating.competency()).indexOf(rating.level());
    }

    private static Optional<PersonSpec> replace(PersonSpec person, RandomSource random, Set<String> aim) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < person.ratings().size(); i++) {
            Rating rating = person.ratings().get(i);
            int position = position(rating);
            if (aim.contains(rating.competency()) && position >= 0
                    && position < TestFramework.levelsOf(rating.competency()).size() - 1) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int index = random.pick(candidates);
        Rating old = person.ratings().get(index);
        List<String> levels = TestFramework.levelsOf(old.competency());
        String higher = levels.get(random.nextBoolean() ? levels.size() - 1
                : random.between(position(old) + 1, levels.size() - 1));
        List<Rating> ratings = new ArrayList<>(person.ratings());
        ratings.set(index, new Rating(old.competency(), higher, old.source(), old.rater(), old.date()));
        return Optional.of(person.withRatings(ratings));
    }

    private static Optional<PersonSpec> revise(PersonSpec person, RandomSource random, RatingPolicy policy,
                                               Set<String> aim) {
        LocalDate oldest = policy.validityMonths().map(AS_OF::minusMonths).orElse(LocalDate.MIN);
        List<Rating> candidates = new ArrayList<>();
        for (Rating rating : person.ratings()) {
            if (aim.contains(rating.competency()) && position(rating) >= 0 && policy.counts(rating.source())
                    && rating.rater().isPresent()
                    && !rating.date().isAfter(AS_OF) && !rating.date().isBefore(oldest)
                    && lastDay(person, rating).isBefore(AS_OF)) {
                candidates.add(rating);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Rating chosen = random.pick(candidates);
        LocalDate last = lastDay(person, chosen);
        LocalDate day = last.plusDays(random.between(1, (int) ChronoUnit.DAYS.between(last, AS_OF)));
        int highest = person.ratings().stream().filter(r -> r.competency().equals(chosen.competency()))
                .mapToInt(EvaluationPropertyTest::position).max().orElseThrow();
        List<String> levels = TestFramework.levelsOf(chosen.competency());
        String level = levels.get(random.between(highest, levels.size() - 1));
        List<Rating> ratings = new ArrayList<>(person.ratings());
        ratings.add(new Rating(chosen.competency(), level, chosen.source(), chosen.rater(), day));
        return Optional.of(person.withRatings(ratings));
    }

    /** The day of the latest rating, on or before the as-of date, by the same rater of the same competency. */
    private static LocalDate lastDay(PersonSpec person, Rating rating) {
        return person.ratings().stream().filter(r -> r.competency().equals(rating.competency())
                        && r.source() == rating.source() && r.rater().equals(rating.rater()) && !r.date().isAfter(AS_OF))
                .map(Rating::date).max(LocalDate::compareTo).orElseThrow();
    }

    // --- e. the order of the ratings ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(RatingPolicy.Aggregation.class)
    void theOrderOfTheRecordDoesNotChangeAnyLevelOrVerdict(RatingPolicy.Aggregation aggregation) {
        CompiledFramework compiled = TestFramework.compiled(aggregation);
        Property.forAll("the order of ratings does not matter, " + aggregation.jsonName(),
                RuleGenerators.cases(1, 1, false), TRIES, value -> {
                    RandomSource random = new RandomSource(value.seed());
                    PersonSpec person = value.person();
                    PersonSpec shuffled = new PersonSpec(random.shuffled(person.ratings()),
                            random.shuffled(person.evidence()), random.shuffled(person.programmes()), person.numbers(),
                            person.strings());
                    PersonState before = state(compiled, person);
                    PersonState after = state(compiled, shuffled);
                    for (String id : TestFramework.ALL_IDS) {
                        assertThat(after.level(id)).as("level of %s", id).isEqualTo(before.level(id));
                    }
                    CompiledRule rule = compiled.compile(value.rule());
                    assertThat(rule.explain(after)).isEqualTo(rule.explain(before));
                });
    }

    // --- three-valued soundness --------------------------------------------------------------------------------

    /**
     * NOT_MET means "whatever the missing data would say", and so does MET: the record is completed by a
     * manager's rating (which counts from one rater under the default policy), at a random level, of every
     * rated competency that is unknown; a random value for every absent fact; and an end date on or before the
     * as-of date for every completed programme without one. A verdict that was MET or NOT_MET stays; and with
     * nothing missing any more, no verdict is UNKNOWN.
     */
    @Test
    void aDecidedVerdictStandsWhateverTheMissingDataTurnsOutToBe() {
        CompiledFramework compiled = TestFramework.compiled();
        Property.forAll("a decided verdict stands whatever the missing data is", RuleGenerators.cases(1, 1, false),
                TRIES, value -> {
                    RandomSource random = new RandomSource(value.seed());
                    PersonSpec person = value.person();
                    PersonState before = state(compiled, person);
                    List<Rating> ratings = new ArrayList<>(person.ratings());
                    for (String id : TestFramework.RATED_COMPETENCIES) {
                        if (before.level(id).isEmpty()) {
                            ratings.add(new Rating(id, random.pick(TestFramework.levelsOf(id)), RaterSource.MANAGER,
                                    Optional.of("completion"), AS_OF.minusDays(random.between(0, 300))));
                        }
                    }
                    Map<String, BigDecimal> numbers = new LinkedHashMap<>(person.numbers());
                    numbers.putIfAbsent("practiceHours", BigDecimal.valueOf(random.between(0, 20_000)));
                    numbers.putIfAbsent("monthsInRole", BigDecimal.valueOf(random.between(0, 48)));
                    Map<String, String> strings = new LinkedHashMap<>(person.strings());
                    strings.putIfAbsent("band", random.pick(TestFramework.BANDS));
                    strings.putIfAbsent("staffGroup", random.pick(TestFramework.STAFF_GROUPS));
                    List<ProgrammeRecord> programmes = new ArrayList<>();
                    for (ProgrammeRecord record : person.programmes()) {
                        programmes.add(record.state() == ProgrammeState.COMPLETED
                                && record.end().isEmpty()
                                ? new ProgrammeRecord(record.programme(), record.state(),
                                record.start(), Optional.of(AS_OF.minusDays(random.between(0, 1500))))
                                : record);
                    }
                    PersonState after = state(compiled, new PersonSpec(ratings, person.evidence(), programmes, numbers,
                            strings));
                    CompiledRule rule = compiled.compile(value.rule());
                    Verdict old = rule.verdict(before);
                    Verdict completed = rule.verdict(after);
                    if (old != Verdict.UNKNOWN) {
                        assertThat(completed).as("verdict once the missing data is in, was %s", old).isEqualTo(old);
                    }
                    assertThat(completed).as("verdict with nothing missing").isNotEqualTo(Verdict.UNKNOWN);
                });
    }

    // --- f. termination and determinism ---------------------------------------------------------------------

    @Test
    void evaluationEndsAndGivesTheSameAnswerEveryTime() {
        CompiledFramework compiled = TestFramework.compiled();
        CompiledFramework again = CompiledFramework.compile(TestFramework.framework());
        Framework framework = compiled.framework();
        Property.forAll("evaluation is deterministic", RuleGenerators.cases(1, 1, false), TRIES, value -> {
            CompiledRule rule = compiled.compile(value.rule());
            PersonState state = state(compiled, value.person());
            Verdict first = rule.verdict(state);
            assertThat(rule.verdict(state)).as("same state, twice").isEqualTo(first);
            assertThat(compiled.compile(value.rule()).verdict(state(compiled, value.person())))
                    .as("compiled and judged afresh").isEqualTo(first);
            assertThat(again.compile(value.rule()).verdict(state(again, value.person())))
                    .as("in a framework compiled afresh").isEqualTo(first);
            assertThat(rule.explain(state)).as("explained twice").isEqualTo(rule.explain(state));
            assertThat(rule.cost()).as("cost bound").isGreaterThanOrEqualTo(RuleGenerators.size(value.rule(), framework));
        });
    }

    /** Not a property, but what makes the properties above worth running: the generators reach every form. */
    @Test
    void theGeneratorsMakeEveryRuleFormAndEveryVerdict() {
        CompiledFramework compiled = TestFramework.compiled();
        Set<String> forms = new LinkedHashSet<>();
        Set<Verdict> verdicts = new LinkedHashSet<>();
        Set<String> monotoneForms = new LinkedHashSet<>();
        RandomSource random = new RandomSource(42);
        for (int i = 0; i < 400; i++) {
            Case value = RuleGenerators.cases(1, 1, false).generate(random);
            collectForms(value.rule(), forms);
            verdicts.add(verdict(compiled, value.rule(), state(compiled, value.person())));
            collectForms(RuleGenerators.monotoneRules().generate(random), monotoneForms);
        }
        assertThat(forms).contains("level AT_LEAST", "level AT_MOST", "level EXACTLY", "All", "Any", "Not", "AtLeastOf",
                "count AT_LEAST", "count ALL", "count NONE", "set MINIMUM", "set MEAN", "Balance", "COMPLETED",
                "COMPLETED within", "ENROLLED", "fact AT_LEAST", "fact AT_MOST", "fact EXACTLY",
                "fact MORE_THAN", "fact LESS_THAN", "StringFact", "EvidenceCount", "evidence kinds",
                "evidence sources", "evidence within", "Ref");
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(monotoneForms).doesNotContain("Not", "level AT_MOST", "level EXACTLY", "count NONE", "Balance",
                "fact AT_MOST", "fact EXACTLY", "fact LESS_THAN");
    }

    private static void collectForms(Rule rule, Set<String> forms) {
        if (rule instanceof Rule.Level level) {
            forms.add("level " + level.comparison());
        } else if (rule instanceof Rule.Count count) {
            forms.add("count " + count.quantifier());
        } else if (rule instanceof Rule.LevelOfSet ofSet) {
            forms.add("set " + ofSet.aggregate());
        } else if (rule instanceof Rule.ProgrammeTaken taken) {
            forms.add(taken.taken() + (taken.withinMonths().isPresent() ? " within" : ""));
        } else if (rule instanceof Rule.NumberFact fact) {
            forms.add("fact " + fact.comparison());
        } else if (rule instanceof Rule.EvidenceCount evidence) {
            forms.add("EvidenceCount");
            if (!evidence.kinds().isEmpty()) {
                forms.add("evidence kinds");
            }
            if (!evidence.sources().isEmpty()) {
                forms.add("evidence sources");
            }
            if (evidence.withinMonths().isPresent()) {
                forms.add("evidence within");
            }
        } else {
            forms.add(rule.getClass().getSimpleName());
        }
        RuleGenerators.children(rule).forEach(child -> collectForms(child, forms));
    }
}
