package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;
import static org.cadre.evaluation.TestFramework.RATED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The explanation of each kind of rule node (verdict, sentence, missing data) and the text of each rule form. */
class ExplanationTest {

    private static final CompiledFramework COMPILED = TestFramework.compiled();

    private static Rating manager(String competency, String level) {
        return new Rating(competency, level, RaterSource.MANAGER, Optional.of("m1"), RATED);
    }

    /** team strong, care exemplary, vision strong, purpose essential, agility exemplary, digital expert. */
    private static Person.Builder rated() {
        return Person.builder("p-1").rating(manager("team", "strong")).rating(manager("care", "exemplary"))
                .rating(manager("vision", "strong")).rating(manager("purpose", "essential"))
                .rating(manager("agility", "exemplary")).rating(manager("digital", "expert"));
    }

    private static Explanation explain(Rule rule, Person person) {
        CompiledRule compiled = COMPILED.compile(rule);
        PersonState state = COMPILED.state(person, AS_OF);
        Explanation explanation = compiled.explain(state);
        assertThat(explanation.verdict()).as("explained agrees with fast").isEqualTo(compiled.verdict(state));
        return explanation;
    }

    private static Rule level(String competency, Rule.Comparison comparison, String level) {
        return new Rule.Level(competency, comparison, level);
    }

    @Nested
    class Levels {

        @Test
        void aLevelThatIsReachedIsMet() {
            Explanation explanation = explain(level("team", Rule.Comparison.AT_LEAST, "strong"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.MET);
            assertThat(explanation.sentence()).isEqualTo("Engaging the team is strong; at least strong is required");
            assertThat(explanation.missing()).isEmpty();
            assertThat(explanation.children()).isEmpty();
        }

        @Test
        void aLevelAboveAnAtMostIsNotMet() {
            Explanation explanation = explain(level("care", Rule.Comparison.AT_MOST, "proficient"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence()).isEqualTo("Leading with care is exemplary; at most proficient is required");
        }

        @Test
        void exactlyOnTheFiveLevelScale() {
            Explanation explanation = explain(level("digital", Rule.Comparison.EXACTLY, "strong"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence()).isEqualTo("Digital leadership is expert; exactly strong is required");
            assertThat(explanation.rule()).isEqualTo("Digital leadership exactly Strong");
        }

        @Test
        void aCompetencyNeverAssessedIsUnknownAndNamedAsMissing() {
            Explanation explanation = explain(level("inclusion", Rule.Comparison.AT_LEAST, "strong"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence()).isEqualTo("Inclusive leadership has not been assessed (no rating counts"
                    + " under the rating policy); at least strong is required");
            assertThat(explanation.missing()).containsExactly("a rating of Inclusive leadership");
        }
    }

    @Nested
    class Combinations {

        private final Rule teamStrong = level("team", Rule.Comparison.AT_LEAST, "strong");
        private final Rule careEssential = level("care", Rule.Comparison.AT_MOST, "essential");
        private final Rule inclusion = level("inclusion", Rule.Comparison.AT_LEAST, "strong");

        @Test
        void allCountsWhatIsMetAndUnknown() {
            Explanation explanation = explain(new Rule.All(List.of(teamStrong, inclusion)), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence()).isEqualTo("all of these are required: 1 of 2 met, 1 unknown");
            assertThat(explanation.missing()).containsExactly("a rating of Inclusive leadership");
            assertThat(explanation.children()).extracting(Explanation::pointer).containsExactly("/all/0", "/all/1");
        }

        @Test
        void allWithOneNotMetIsNotMetAndMissesNothing() {
            Explanation explanation = explain(new Rule.All(List.of(careEssential, inclusion)), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence()).isEqualTo("all of these are required: 0 of 2 met, 1 unknown");
            assertThat(explanation.missing()).isEmpty();
        }

        @Test
        void anyIsMetByOne() {
            Explanation explanation = explain(new Rule.Any(List.of(careEssential, teamStrong)), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.MET);
            assertThat(explanation.sentence()).isEqualTo("one of these is required: 1 of 2 met");
            assertThat(explanation.children()).extracting(Explanation::verdict)
                    .containsExactly(Verdict.NOT_MET, Verdict.MET);
        }

        @Test
        void atLeastNOfSaysHowManyAreNeeded() {
            Explanation explanation = explain(new Rule.AtLeastOf(2, List.of(teamStrong, careEssential, inclusion)),
                    rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence()).isEqualTo("at least 2 of these are required: 1 of 3 met, 1 unknown");
            assertThat(explanation.children()).extracting(Explanation::pointer)
                    .containsExactly("/atLeastOf/rules/0", "/atLeastOf/rules/1", "/atLeastOf/rules/2");
        }

        @Test
        void notTurnsItsRuleAround() {
            Explanation met = explain(new Rule.Not(careEssential), rated().build());
            Explanation unknown = explain(new Rule.Not(inclusion), rated().build());

            assertThat(met.verdict()).isEqualTo(Verdict.MET);
            assertThat(met.sentence()).isEqualTo("the opposite of the rule inside is required");
            assertThat(met.children()).singleElement().satisfies(inner -> {
                assertThat(inner.verdict()).isEqualTo(Verdict.NOT_MET);
                assertThat(inner.pointer()).isEqualTo("/not");
            });
            assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(unknown.missing()).containsExactly("a rating of Inclusive leadership");
        }

        @Test
        void aReferenceExplainsTheNamedRuleAtItsOwnPointer() {
            Person person = rated().number("monthsInRole", 30).build();

            Explanation explanation = explain(new Rule.Ref("experienced"), person);

            assertThat(explanation.verdict()).isEqualTo(Verdict.MET);
            assertThat(explanation.sentence()).isEqualTo("the named rule [experienced] is required");
            assertThat(explanation.children()).singleElement().satisfies(inner -> {
                assertThat(inner.pointer()).isEqualTo("/rules/experienced");
                assertThat(inner.sentence()).isEqualTo("all of these are required: 2 of 2 met");
            });
        }

        @Test
        void missingDataIsListedOnceWhereSeveralChildrenLackIt() {
            Explanation explanation = explain(new Rule.Any(List.of(inclusion, new Rule.Not(inclusion),
                    level("digital", Rule.Comparison.AT_LEAST, "strong"))), Person.builder("p-2").build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.missing()).containsExactly("a rating of Inclusive leadership",
                    "a rating of Digital leadership");
        }
    }

    @Nested
    class Sets {

        private final CompetencySet five = CompetencySet.of("team", "care", "inclusion", "vision", "purpose");

        @Test
        void aCountSaysHowManyReachTheLevelAndHowManyWereNotAssessed() {
            Explanation explanation = explain(new Rule.Count(five, Rule.Quantifier.AT_LEAST, 4, "strong"),
                    rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence())
                    .isEqualTo("3 of 5 are at least strong (1 not assessed); at least 4 are required");
            assertThat(explanation.missing()).containsExactly("a rating of Inclusive leadership");
        }

        @Test
        void aCountMetOrNotMetWhateverTheUnassessedOneIs() {
            assertThat(explain(new Rule.Count(five, Rule.Quantifier.AT_LEAST, 3, "strong"), rated().build()).verdict())
                    .isEqualTo(Verdict.MET);
            Explanation every = explain(new Rule.Count(five, Rule.Quantifier.ALL, 0, "strong"), rated().build());
            assertThat(every.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(every.sentence()).isEqualTo("3 of 5 are at least strong (1 not assessed); all are required");
            assertThat(every.missing()).isEmpty();
            Explanation none = explain(new Rule.Count(five, Rule.Quantifier.NONE, 0, "exemplary"), rated().build());
            assertThat(none.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(none.sentence()).isEqualTo("1 of 5 are at least exemplary (1 not assessed); none may be");
        }

        @Test
        void everyAndNoneWhenAllAreAssessed() {
            Person person = rated().rating(manager("inclusion", "proficient")).build();

            assertThat(explain(new Rule.Count(five, Rule.Quantifier.ALL, 0, "essential"), person).sentence())
                    .isEqualTo("5 of 5 are at least essential; all are required");
            assertThat(explain(new Rule.Count(new CompetencySet.Tagged("mixed"), Rule.Quantifier.NONE, 0, "strong"),
                    Person.builder("p").rating(manager("team", "proficient")).rating(manager("digital", "proficient"))
                            .build()).verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void aCountOverTwoScalesComparesEachMemberOnItsOwnScale() {
            // "strong" is position 2 on four and 3 on five: digital at "proficient" (position 2) is below it.
            Person person = Person.builder("p").rating(manager("team", "strong"))
                    .rating(manager("digital", "proficient")).build();

            Explanation explanation = explain(new Rule.Count(new CompetencySet.Tagged("mixed"),
                    Rule.Quantifier.AT_LEAST, 2, "strong"), person);

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence()).isEqualTo("1 of 2 are at least strong; at least 2 are required");
        }

        @Test
        void theLowestLevelOfASet() {
            Explanation explanation = explain(new Rule.LevelOfSet(CompetencySet.of("team", "care"),
                    Rule.Aggregate.MINIMUM, "strong"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.MET);
            assertThat(explanation.sentence()).isEqualTo("the lowest level is strong; at least strong is required");
        }

        @Test
        void theLowestLevelIsNotMetByOneLowMemberEvenWithOthersUnassessed() {
            Explanation explanation = explain(new Rule.LevelOfSet(new CompetencySet.Tagged("personal"),
                    Rule.Aggregate.MINIMUM, "proficient"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.missing()).isEmpty();
        }

        @Test
        void theMeanLevelOfASetWithTheScaleExplained() {
            Explanation explanation = explain(new Rule.LevelOfSet(CompetencySet.of("team", "care"),
                    Rule.Aggregate.MEAN, "exemplary"), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence())
                    .isEqualTo("the mean level is 2.50 (0 is essential, 3 is exemplary); at least exemplary is required");
        }

        @Test
        void theMeanLevelOfASetWithUnassessedMembersIsUnknownWhenTheyCouldDecide() {
            Explanation explanation = explain(new Rule.LevelOfSet(new CompetencySet.Subtree("leading"),
                    Rule.Aggregate.MEAN, "strong"), rated().build());

            // Below "leading" (not the retired "legacy"): eight, of which five are rated, 2 + 3 + 2 + 0 + 3 = 10.
            // The mean is 10 / 8 = 1.25 if the other three are essential, (10 + 3 * 3) / 8 = 2.375 if exemplary.
            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence())
                    .isEqualTo("the mean level is not known: 3 of 8 not assessed; at least strong is required");
            assertThat(explanation.missing()).containsExactly("a rating of Leading people",
                    "a rating of Inclusive leadership", "a rating of Setting direction");
        }

        @Test
        void aBalanceSaysHowFarApartTheSidesAre() {
            Explanation explanation = explain(new Rule.Balance(CompetencySet.of("purpose"),
                    CompetencySet.of("agility"), 1), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(explanation.sentence())
                    .isEqualTo("Focused purpose at 0 and Agility at 3 are 3 levels apart; at most 1 level is allowed");
        }

        @Test
        void aBalanceOfTwoSetsUsesTheirMeans() {
            Explanation explanation = explain(new Rule.Balance(CompetencySet.of("team", "care"),
                    CompetencySet.of("vision", "agility"), 0), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.MET);
            assertThat(explanation.sentence()).isEqualTo("the mean of 2 competencies at 2.50 and the mean of 2"
                    + " competencies at 2.50 are 0 levels apart; at most 0 levels are allowed");
        }

        @Test
        void aBalanceWithAnUnassessedSideIsUnknown() {
            Explanation explanation = explain(new Rule.Balance(CompetencySet.of("inclusion"),
                    CompetencySet.of("team"), 1), rated().build());

            assertThat(explanation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(explanation.sentence()).startsWith("the balance of Inclusive leadership and Engaging the team"
                    + " is not known: some are not assessed; at most 1");
            assertThat(explanation.missing()).containsExactly("a rating of Inclusive leadership");
        }
    }

    @Nested
    class ProgrammesFactsAndEvidence {

        @Test
        void aProgrammeCompletedWithinThePeriod() {
            Person person = Person.builder("p").programme(ProgrammeRecord.completed("foundation", RATED)).build();

            Explanation met = explain(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.of(6)),
                    person);
            Explanation notMet = explain(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.of(3)),
                    person);

            assertThat(met.verdict()).isEqualTo(Verdict.MET);
            assertThat(met.sentence()).isEqualTo("completed Foundation programme within the last 6 months");
            assertThat(notMet.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(notMet.sentence())
                    .isEqualTo("has not completed Foundation programme within the last 3 months; that is required");
        }

        @Test
        void aCompletionWithoutAnEndDateIsUnknownOnlyWhenAPeriodIsAsked() {
            Person person = Person.builder("p").programme(new ProgrammeRecord("foundation",
                    ProgrammeState.COMPLETED, Optional.empty(), Optional.empty())).build();

            Explanation within = explain(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.of(6)),
                    person);

            assertThat(within.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(within.sentence()).isEqualTo("completed Foundation programme on a date not recorded;"
                    + " completion within the last 6 months is required");
            assertThat(within.missing()).containsExactly("the end date of Foundation programme");
            assertThat(explain(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.empty()), person)
                    .verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void aCompletionAfterTheAsOfDateDoesNotCount() {
            Person person = Person.builder("p").programme(ProgrammeRecord.completed("foundation", AS_OF.plusDays(1)))
                    .build();

            assertThat(explain(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.empty()), person)
                    .verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void enrolment() {
            Person enrolled = Person.builder("p").programme(ProgrammeRecord.enrolled("mary-seacole", RATED)).build();
            Person later = Person.builder("p").programme(ProgrammeRecord.enrolled("mary-seacole", AS_OF.plusDays(1)))
                    .build();
            Rule rule = new Rule.ProgrammeTaken("mary-seacole", Rule.Taken.ENROLLED, Optional.empty());

            assertThat(explain(rule, enrolled).sentence()).isEqualTo("is enrolled in Mary Seacole programme");
            assertThat(explain(rule, enrolled).verdict()).isEqualTo(Verdict.MET);
            assertThat(explain(rule, later).sentence()).isEqualTo("is not enrolled in Mary Seacole programme");
            assertThat(explain(rule, later).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void aNumberFactWithItsUnit() {
            Explanation below = explain(new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST,
                    BigDecimal.valueOf(10_000)), Person.builder("p").number("practiceHours", 9_500).build());
            Explanation missing = explain(new Rule.NumberFact("monthsInRole", Rule.Comparison.MORE_THAN,
                    BigDecimal.valueOf(12)), Person.builder("p").build());

            assertThat(below.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(below.sentence()).isEqualTo("practiceHours is 9500 hours; at least 10000 hours is required");
            assertThat(missing.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(missing.sentence()).isEqualTo("monthsInRole is not recorded; more than 12 months is required");
            assertThat(missing.missing()).containsExactly("the fact monthsInRole");
        }

        @Test
        void numberFactsCompareByValueNotByScale() {
            Person person = Person.builder("p").number("practiceHours", new BigDecimal("10000.00")).build();

            assertThat(explain(new Rule.NumberFact("practiceHours", Rule.Comparison.EXACTLY, BigDecimal.valueOf(10_000)),
                    person).verdict()).isEqualTo(Verdict.MET);
            assertThat(explain(new Rule.NumberFact("practiceHours", Rule.Comparison.LESS_THAN,
                    new BigDecimal("10000.5")), person).verdict()).isEqualTo(Verdict.MET);
            assertThat(explain(new Rule.NumberFact("practiceHours", Rule.Comparison.AT_MOST, new BigDecimal("9999.99")),
                    person).verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void aStringFact() {
            Rule rule = new Rule.StringFact("band", List.of("8a", "8b"));

            Explanation met = explain(rule, Person.builder("p").string("band", "8a").build());
            Explanation unknown = explain(rule, Person.builder("p").build());

            assertThat(met.verdict()).isEqualTo(Verdict.MET);
            assertThat(met.sentence()).isEqualTo("band is [8a]; one of [8a, 8b] is required");
            assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(unknown.sentence()).isEqualTo("band is not recorded; one of [8a, 8b] is required");
            assertThat(unknown.missing()).containsExactly("the fact band");
            assertThat(explain(rule, Person.builder("p").string("band", "7").build()).verdict())
                    .isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void evidenceOfTheRightKindSourceAndAge() {
            Person person = Person.builder("p")
                    .evidence(new Evidence("team", "360-feedback", Optional.of(RaterSource.PEER), RATED, Optional.empty()))
                    .evidence(new Evidence("team", "project", Optional.of(RaterSource.PEER), RATED, Optional.empty()))
                    .evidence(new Evidence("team", "360-feedback", Optional.empty(), RATED, Optional.empty()))
                    .evidence(new Evidence("team", "360-feedback", Optional.of(RaterSource.PEER),
                            AS_OF.minusMonths(12).minusDays(1), Optional.empty()))
                    .evidence(new Evidence("team", "360-feedback", Optional.of(RaterSource.PEER), AS_OF.plusDays(1),
                            Optional.empty()))
                    .evidence(new Evidence("care", "360-feedback", Optional.of(RaterSource.PEER), RATED,
                            Optional.empty()))
                    .build();

            Explanation one = explain(new Rule.EvidenceCount(CompetencySet.of("team"), 1, List.of("360-feedback"),
                    List.of(RaterSource.PEER), Optional.of(12)), person);
            Explanation all = explain(new Rule.EvidenceCount(new CompetencySet.Subtree("people"), 6, List.of(),
                    List.of(), Optional.empty()), person);

            assertThat(one.verdict()).isEqualTo(Verdict.MET);
            assertThat(one.sentence()).isEqualTo("1 item of evidence of kind [360-feedback] from [peer] in the last"
                    + " 12 months for Engaging the team; at least 1 required");
            assertThat(all.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(all.sentence()).isEqualTo("5 items of evidence for 3 competencies; at least 6 required");
            assertThat(all.missing()).isEmpty();
        }

        @Test
        void evidenceExactlyAtThePeriodsEdgeCounts() {
            Person person = Person.builder("p").evidence(new Evidence("team", "project", Optional.empty(),
                    AS_OF.minusMonths(12), Optional.empty())).build();

            assertThat(explain(new Rule.EvidenceCount(CompetencySet.of("team"), 1, List.of(), List.of(),
                    Optional.of(12)), person).verdict()).isEqualTo(Verdict.MET);
        }
    }

    /**
     * A completed record whose end is after the as-of date says the person was still taking the programme then
     * (if it started on or before it); today neither "completed" nor "enrolled" holds at such a date.
     */
    @Test
    void someoneWhoFinishesAfterTheAsOfDateWasEnrolledOnIt() {
        Person person = Person.builder("p").programme(new ProgrammeRecord("mary-seacole",
                ProgrammeState.COMPLETED, Optional.of(RATED), Optional.of(AS_OF.plusMonths(2))))
                .build();

        assertThat(explain(new Rule.ProgrammeTaken("mary-seacole", Rule.Taken.ENROLLED, Optional.empty()), person)
                .verdict()).isEqualTo(Verdict.MET);
    }

    @Nested
    class Text {

        private final Framework framework = TestFramework.shared();

        private String render(Rule rule) {
            return RuleText.render(rule, framework);
        }

        @Test
        void levels() {
            assertThat(render(level("team", Rule.Comparison.AT_LEAST, "strong")))
                    .isEqualTo("Engaging the team at least Strong");
            assertThat(render(level("digital", Rule.Comparison.AT_MOST, "aware")))
                    .isEqualTo("Digital leadership at most Aware");
            assertThat(render(level("care", Rule.Comparison.EXACTLY, "exemplary")))
                    .isEqualTo("Leading with care exactly Exemplary");
        }

        @Test
        void unknownIdsAreShownInBrackets() {
            assertThat(render(level("teem", Rule.Comparison.AT_LEAST, "expert"))).isEqualTo("[teem] at least [expert]");
            assertThat(render(new Rule.ProgrammeTaken("nye", Rule.Taken.ENROLLED, Optional.empty())))
                    .isEqualTo("enrolled in [nye]");
        }

        @Test
        void combinations() {
            Rule team = level("team", Rule.Comparison.AT_LEAST, "strong");
            Rule care = level("care", Rule.Comparison.AT_LEAST, "proficient");

            assertThat(render(new Rule.All(List.of(team, care))))
                    .isEqualTo("all of (Engaging the team at least Strong; Leading with care at least Proficient)");
            assertThat(render(new Rule.Any(List.of(team)))).isEqualTo("any of (Engaging the team at least Strong)");
            assertThat(render(new Rule.Not(team))).isEqualTo("not (Engaging the team at least Strong)");
            assertThat(render(new Rule.AtLeastOf(1, List.of(team, new Rule.Not(care))))).isEqualTo(
                    "at least 1 of (Engaging the team at least Strong; not (Leading with care at least Proficient))");
            assertThat(render(new Rule.All(List.of()))).isEqualTo("all of ()");
            assertThat(render(new Rule.Ref("senior"))).isEqualTo("rule [senior]");
        }

        @Test
        void counts() {
            assertThat(render(new Rule.Count(new CompetencySet.Subtree("people"), Rule.Quantifier.AT_LEAST, 2,
                    "strong"))).isEqualTo("at least 2 of the competencies under Leading people at or above Strong");
            assertThat(render(new Rule.Count(new CompetencySet.Tagged("personal"), Rule.Quantifier.ALL, 0,
                    "proficient"))).isEqualTo("all of the competencies tagged [personal] at or above Proficient");
            assertThat(render(new Rule.Count(CompetencySet.of("team", "digital"), Rule.Quantifier.NONE, 0, "essential")))
                    .isEqualTo("none of {Engaging the team, Digital leadership} at or above Essential");
        }

        @Test
        void minimumsMeansAndBalances() {
            assertThat(render(new Rule.LevelOfSet(CompetencySet.of("purpose"), Rule.Aggregate.MINIMUM, "strong")))
                    .isEqualTo("the lowest level of Focused purpose at least Strong");
            assertThat(render(new Rule.LevelOfSet(new CompetencySet.Subtree("direction"), Rule.Aggregate.MEAN,
                    "proficient"))).isEqualTo("the mean level of the competencies under Setting direction at least"
                    + " Proficient");
            assertThat(render(new Rule.Balance(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1)))
                    .isEqualTo("Focused purpose and Agility within 1 level of each other");
            assertThat(render(new Rule.Balance(new CompetencySet.Tagged("people"), CompetencySet.of("vision", "purpose"),
                    2))).isEqualTo("the competencies tagged [people] and {Sharing the vision, Focused purpose} within 2"
                    + " levels of each other");
        }

        @Test
        void programmesFactsAndEvidence() {
            assertThat(render(new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.of(24))))
                    .isEqualTo("completed Foundation programme within 24 months");
            assertThat(render(new Rule.ProgrammeTaken("rosalind", Rule.Taken.COMPLETED, Optional.empty())))
                    .isEqualTo("completed Rosalind Franklin programme");
            assertThat(render(new Rule.ProgrammeTaken("mary-seacole", Rule.Taken.ENROLLED, Optional.empty())))
                    .isEqualTo("enrolled in Mary Seacole programme");
            assertThat(render(new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST,
                    new BigDecimal("1E+4")))).isEqualTo("practiceHours at least 10000");
            assertThat(render(new Rule.NumberFact("monthsInRole", Rule.Comparison.LESS_THAN, new BigDecimal("12.5"))))
                    .isEqualTo("monthsInRole less than 12.5");
            assertThat(render(new Rule.StringFact("band", List.of("8a", "8b")))).isEqualTo("band is one of [8a, 8b]");
            assertThat(render(new Rule.EvidenceCount(CompetencySet.of("team"), 2, List.of("project"),
                    List.of(RaterSource.PEER, RaterSource.DIRECT_REPORT), Optional.of(12)))).isEqualTo(
                    "at least 2 items of evidence of kind [project] from [peer, direct-report] for Engaging the team"
                            + " in the last 12 months");
            assertThat(render(new Rule.EvidenceCount(new CompetencySet.Tagged("mixed"), 3, List.of(), List.of(),
                    Optional.empty()))).isEqualTo("at least 3 items of evidence for the competencies tagged [mixed]");
        }

        @Test
        void aCompiledRuleCarriesItsText() {
            Rule rule = new Rule.All(List.of(level("team", Rule.Comparison.AT_LEAST, "strong"),
                    new Rule.ProgrammeTaken("foundation", Rule.Taken.COMPLETED, Optional.empty())));

            assertThat(COMPILED.compile(rule).text()).isEqualTo(render(rule));
            assertThat(COMPILED.rule("senior").orElseThrow().text())
                    .isEqualTo("any of (band is one of [8a, 8b]; rule [experienced])");
            assertThat(COMPILED.rule("senior").orElseThrow().pointer()).isEqualTo("/rules/senior");
            assertThat(COMPILED.entry("rosalind").orElseThrow().pointer()).isEqualTo("/programmes/2/entry");
        }
    }
}
