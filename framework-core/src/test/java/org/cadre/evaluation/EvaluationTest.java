package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.CompetencySet;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.InvalidDocumentException;
import org.junit.jupiter.api.Test;

/** Compiling and evaluating rules on a small framework: verdicts, unknowns, explanations, provenance. */
class EvaluationTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    static final LocalDate RATED = LocalDate.of(2026, 6, 1);

    static Framework framework() {
        Map<String, List<String>> indicators = Map.of("essential", List.of("does the basics"));
        Framework.Builder builder = Framework.builder("mini", "1.0.0", "Mini")
                .scale(ProficiencyScale.builder("four", "Four").level("essential", "Essential", 1)
                        .level("proficient", "Proficient", 2).level("strong", "Strong", 3)
                        .level("exemplary", "Exemplary", 4).build())
                .competency(Competency.builder("root", "Model").scale("four").build())
                .fact(FactDefinition.number("practiceHours", "hours"))
                .fact(FactDefinition.string("band", "5", "6", "7", "8a"));
        for (String id : List.of("team", "care", "vision", "purpose", "agility")) {
            builder.competency(Competency.builder(id, title(id)).parent("root").indicators(indicators)
                    .tags(id.equals("purpose") || id.equals("agility") ? List.of("personal") : List.of()).build());
        }
        builder.programme(Programme.builder("first", "First rung").build());
        builder.programme(Programme.builder("second", "Second rung")
                .entry(new Rule.All(List.of(
                        new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"),
                        new Rule.ProgrammeTaken("first", Rule.Taken.COMPLETED, Optional.empty()))))
                .build());
        return builder.build();
    }

    static String title(String id) {
        return switch (id) {
            case "team" -> "Engaging the team";
            case "care" -> "Leading with care";
            case "vision" -> "Sharing the vision";
            case "purpose" -> "Focused purpose";
            default -> "Agility";
        };
    }

    static Rating manager(String competency, String level) {
        return new Rating(competency, level, RaterSource.MANAGER, Optional.of("m1"), RATED);
    }

    private final CompiledFramework compiled = CompiledFramework.compile(framework());

    private Verdict verdict(Rule rule, Person person) {
        CompiledRule compiledRule = compiled.compile(rule);
        PersonState state = compiled.state(person, AS_OF);
        Verdict fast = compiledRule.verdict(state);
        assertThat(compiledRule.explain(state).verdict()).as("explained agrees with fast").isEqualTo(fast);
        return fast;
    }

    @Test
    void aLevelRuleIsMetNotMetOrUnknownWhenTheCompetencyWasNeverAssessed() {
        Rule rule = new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong");

        assertThat(verdict(rule, Person.builder("p").rating(manager("team", "exemplary")).build())).isEqualTo(Verdict.MET);
        assertThat(verdict(rule, Person.builder("p").rating(manager("team", "proficient")).build()))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule, Person.builder("p").build())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void explainsALevelRuleInASentence() {
        Person person = Person.builder("p").rating(manager("team", "proficient")).build();

        Explanation explanation = compiled.compile(new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"))
                .explain(compiled.state(person, AS_OF));

        assertThat(explanation.sentence()).isEqualTo("Engaging the team is proficient; at least strong is required");
        assertThat(explanation.rule()).isEqualTo("Engaging the team at least Strong");
    }

    @Test
    void unknownOnlyWhereTheMissingRatingCouldChangeTheAnswer() {
        Rule both = new Rule.All(List.of(new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"),
                new Rule.Level("care", Rule.Comparison.AT_LEAST, "strong")));
        Person lowTeam = Person.builder("p").rating(manager("team", "essential")).build();
        Person highTeam = Person.builder("p").rating(manager("team", "strong")).build();

        assertThat(verdict(both, lowTeam)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(both, highTeam)).isEqualTo(Verdict.UNKNOWN);
        Explanation explanation = compiled.compile(both).explain(compiled.state(highTeam, AS_OF));
        assertThat(explanation.missing()).containsExactly("a rating of Leading with care");
    }

    @Test
    void selfRatingsAndTooFewPeersDoNotCountUnderTheDefaultPolicy() {
        Rule rule = new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong");
        Person.Builder builder = Person.builder("p")
                .rating(new Rating("team", "exemplary", RaterSource.SELF, Optional.empty(), RATED))
                .rating(new Rating("team", "exemplary", RaterSource.PEER, Optional.of("a"), RATED))
                .rating(new Rating("team", "exemplary", RaterSource.PEER, Optional.of("b"), RATED));

        assertThat(verdict(rule, builder.build())).isEqualTo(Verdict.UNKNOWN);
        builder.rating(new Rating("team", "exemplary", RaterSource.PEER, Optional.of("c"), RATED));
        assertThat(verdict(rule, builder.build())).isEqualTo(Verdict.MET);
    }

    @Test
    void ratingsOutsideTheValidityWindowOrAfterTheAsOfDateAreIgnored() {
        Rule rule = new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong");

        assertThat(verdict(rule, Person.builder("p").rating(new Rating("team", "strong", RaterSource.MANAGER,
                Optional.empty(), AS_OF.minusMonths(37))).build())).isEqualTo(Verdict.UNKNOWN);
        assertThat(verdict(rule, Person.builder("p").rating(new Rating("team", "strong", RaterSource.MANAGER,
                Optional.empty(), AS_OF.plusDays(1))).build())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void theMedianOfSeveralRatersIsTheLowerMiddleOne() {
        Person person = Person.builder("p")
                .rating(new Rating("team", "essential", RaterSource.MANAGER, Optional.of("a"), RATED))
                .rating(new Rating("team", "strong", RaterSource.ASSESSOR, Optional.of("b"), RATED))
                .rating(new Rating("team", "exemplary", RaterSource.ASSESSOR, Optional.of("c"), RATED))
                .rating(new Rating("team", "proficient", RaterSource.OTHER, Optional.of("d"), RATED))
                .build();

        assertThat(compiled.state(person, AS_OF).level("team").orElseThrow().id()).isEqualTo("proficient");
    }

    @Test
    void countsBalanceAndMeansUseBoundsForUnassessedCompetencies() {
        Person person = Person.builder("p").rating(manager("purpose", "exemplary"))
                .rating(manager("agility", "essential")).rating(manager("team", "strong")).build();

        assertThat(verdict(new Rule.Balance(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1), person))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(new Rule.Count(new CompetencySet.Subtree("root"), Rule.Quantifier.AT_LEAST, 1, "strong"),
                person)).isEqualTo(Verdict.MET);
        assertThat(verdict(new Rule.Count(new CompetencySet.Subtree("root"), Rule.Quantifier.ALL, 0, "strong"),
                person)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(new Rule.LevelOfSet(new CompetencySet.Tagged("personal"), Rule.Aggregate.MEAN,
                "proficient"), person)).isEqualTo(Verdict.MET);
        assertThat(verdict(new Rule.LevelOfSet(new CompetencySet.Subtree("root"), Rule.Aggregate.MEAN, "strong"),
                person)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void factsEvidenceAndProgrammes() {
        Person person = Person.builder("p").number("practiceHours", 9_500).string("band", "8a")
                .evidence(new Evidence("team", "360-feedback", Optional.of(RaterSource.PEER), RATED, Optional.empty()))
                .programme(ProgrammeRecord.completed("first", RATED)).build();

        assertThat(verdict(new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST, BigDecimal.valueOf(10_000)),
                person)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST, BigDecimal.ONE),
                Person.builder("q").build())).isEqualTo(Verdict.UNKNOWN);
        assertThat(verdict(new Rule.StringFact("band", List.of("8a")), person)).isEqualTo(Verdict.MET);
        assertThat(verdict(new Rule.EvidenceCount(CompetencySet.of("team"), 1, List.of("360-feedback"),
                List.of(RaterSource.PEER), Optional.of(12)), person)).isEqualTo(Verdict.MET);
        assertThat(verdict(new Rule.ProgrammeTaken("first", Rule.Taken.COMPLETED, Optional.of(3)), person))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(new Rule.ProgrammeTaken("first", Rule.Taken.COMPLETED, Optional.of(6)), person))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void anEvaluationRecordsWhatItWasJudgedAgainst() {
        Person person = Person.builder("p-1").rating(manager("team", "strong"))
                .programme(ProgrammeRecord.completed("first", RATED)).build();

        Evaluation evaluation = compiled.evaluateEntry(person, "second", AS_OF, true);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.MET);
        assertThat(evaluation.frameworkId()).isEqualTo("mini");
        assertThat(evaluation.frameworkVersion()).isEqualTo("1.0.0");
        assertThat(evaluation.frameworkHash()).hasSize(64).isEqualTo(CompiledFramework.compile(framework()).contentHash());
        assertThat(evaluation.asOf()).isEqualTo(AS_OF);
        assertThat(evaluation.explanation().orElseThrow().render())
                .contains("[met] all of these are required: 2 of 2 met")
                .contains("[met] Engaging the team is strong; at least strong is required");
        assertThat(compiled.evaluateEntry(person, "first", AS_OF, false).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void theContentHashChangesWithTheContent() {
        Framework changed = framework().toBuilder().description("Revised").build();

        assertThat(CompiledFramework.compile(changed).contentHash()).isNotEqualTo(compiled.contentHash());
    }

    @Test
    void refusesToCompileAFrameworkWithErrorsOrARuleWithErrors() {
        Framework broken = framework().toBuilder().programme(Programme.builder("third", "Third")
                .entry(new Rule.Level("teem", Rule.Comparison.AT_LEAST, "strong")).build()).build();

        assertThatThrownBy(() -> CompiledFramework.compile(broken)).isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).report().has(Codes.RULE_COMPETENCY_UNKNOWN))
                        .isTrue());
        assertThatThrownBy(() -> compiled.compile(new Rule.Level("team", Rule.Comparison.AT_LEAST, "expert")))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("no level [expert]");
    }

    @Test
    void theRatingPolicyOfTheFrameworkApplies() {
        Framework latest = framework().toBuilder().ratingPolicy(new RatingPolicy(
                Map.of(RaterSource.SELF, new RatingPolicy.SourcePolicy(1)), RatingPolicy.Aggregation.LATEST,
                Optional.empty())).build();
        Person person = Person.builder("p")
                .rating(new Rating("team", "essential", RaterSource.SELF, Optional.empty(), RATED))
                .rating(new Rating("team", "exemplary", RaterSource.SELF, Optional.empty(), RATED.plusDays(1)))
                .rating(new Rating("team", "strong", RaterSource.MANAGER, Optional.empty(), RATED.plusDays(2)))
                .build();

        assertThat(CompiledFramework.compile(latest).state(person, AS_OF).level("team").orElseThrow().id())
                .isEqualTo("exemplary");
    }
}
