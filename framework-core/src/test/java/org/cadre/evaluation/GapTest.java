package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.EvaluationTest.AS_OF;
import static org.cadre.evaluation.EvaluationTest.manager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.junit.jupiter.api.Test;

/** Gap analysis and progression: what is missing, how far off, and changes that really close the gap. */
class GapTest {

    private static Framework ladder() {
        Rule third = new Rule.All(List.of(
                new Rule.ProgrammeTaken("second", Rule.Taken.COMPLETED, Optional.empty()),
                new Rule.Count(new CompetencySet.Subtree("root"), Rule.Quantifier.AT_LEAST, 3, "strong"),
                new Rule.Any(List.of(
                        new Rule.NumberFact("practiceHours", Rule.Comparison.AT_LEAST, BigDecimal.valueOf(10_000)),
                        new Rule.StringFact("band", List.of("8a")))),
                new Rule.EvidenceCount(CompetencySet.of("team"), 2, List.of("360-feedback"), List.of(RaterSource.PEER),
                        Optional.of(12)),
                new Rule.Balance(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1)));
        Rule capped = new Rule.NumberFact("practiceHours", Rule.Comparison.AT_MOST, BigDecimal.valueOf(100));
        return EvaluationTest.framework().toBuilder()
                .programme(Programme.builder("third", "Third rung").entry(third).build())
                .programme(Programme.builder("capped", "Capped").entry(capped).build())
                .build();
    }

    private final CompiledFramework compiled = CompiledFramework.compile(ladder());

    private final Person person = Person.builder("p").number("practiceHours", 4_000).string("band", "7")
            .rating(manager("team", "strong")).rating(manager("care", "proficient"))
            .rating(manager("purpose", "exemplary")).rating(manager("agility", "essential"))
            .programme(ProgrammeRecord.completed("first", EvaluationTest.RATED)).build();

    @Test
    void listsEachUnmetRequirementWithHowFarOffItIs() {
        Gap gap = compiled.gap(person, "third", AS_OF);

        assertThat(gap.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(gap.requirements()).extracting(Explanation::sentence).contains(
                "has not completed Second rung; that is required",
                "0 items of evidence of kind [360-feedback] from [peer] in the last 12 months for Engaging the team;"
                        + " at least 2 required");
    }

    @Test
    void proposesChangesSmallestFirstThatMakeTheRuleMet() {
        Gap gap = compiled.gap(person, "third", AS_OF);

        List<Change> changes = gap.changes().orElseThrow();
        assertThat(changes).isSorted();
        assertThat(changes).extracting(Change::kind).contains(Change.Kind.COMPLETE_PROGRAMME, Change.Kind.LEVEL,
                Change.Kind.EVIDENCE, Change.Kind.NUMBER);
        assertThat(changes).extracting(Change::sentence).contains(
                "raise Leading with care from proficient to strong (1 level)",
                "increase practiceHours from 4000 to 10000 hours (6000 hours more)",
                "raise Agility from essential to strong (2 levels)",
                "complete Second rung",
                "add 2 items of evidence of kind 360-feedback from peer for Engaging the team within 12 months");
        Person after = compiled.apply(person, changes, AS_OF);
        assertThat(compiled.entry("third").orElseThrow().verdict(compiled.state(after, AS_OF))).isEqualTo(Verdict.MET);
    }

    @Test
    void aShortfallOfExactlyOneTakesTheSingularUnit() {
        Person almost = person.toBuilder().number("practiceHours", 9_999).build();

        Gap gap = compiled.gap(almost, "third", AS_OF);

        assertThat(gap.changes().orElseThrow()).extracting(Change::sentence)
                .contains("increase practiceHours from 9999 to 10000 hours (1 hour more)");
        assertThat(gap.requirements()).extracting(Explanation::sentence)
                .contains("practiceHours is 9999 hours; at least 10000 hours is required");
    }

    @Test
    void saysWhenNoDevelopmentCanMeetTheRule() {
        Gap gap = compiled.gap(person, "capped", AS_OF);

        assertThat(gap.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(gap.reachable()).isFalse();
    }

    @Test
    void offersNoChangesWhenTheRequirementsOnOneCompetencyConflict() {
        Rule conflicting = new Rule.All(List.of(new Rule.Level("vision", Rule.Comparison.AT_LEAST, "strong"),
                new Rule.Level("vision", Rule.Comparison.AT_MOST, "proficient")));

        Gap gap = compiled.gap(person, compiled.compile(conflicting), "conflict", AS_OF);

        assertThat(gap.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(gap.changes()).isEmpty();
    }

    @Test
    void aMetRuleNeedsNoChange() {
        Person ready = person.toBuilder().programme(ProgrammeRecord.completed("first", EvaluationTest.RATED)).build();

        assertThat(compiled.gap(ready, "first", AS_OF).changes()).contains(List.of());
    }

    @Test
    void progressionGivesEveryRungInLadderOrderAndTheNextOnes() {
        Progression progression = compiled.progression(person, AS_OF);

        assertThat(progression.programmes()).extracting(Progression.Rung::programmeId)
                .containsExactly("first", "second", "third", "capped");
        assertThat(progression.programmes()).extracting(Progression.Rung::status).containsExactly(
                Progression.Status.COMPLETED, Progression.Status.ELIGIBLE, Progression.Status.NOT_YET_ELIGIBLE,
                Progression.Status.NOT_YET_ELIGIBLE);
        assertThat(progression.next()).containsExactly("second");
        Person unassessed = Person.builder("q").programme(ProgrammeRecord.completed("first", EvaluationTest.RATED))
                .build();
        assertThat(compiled.progression(unassessed, AS_OF).programmes().get(1).status())
                .isEqualTo(Progression.Status.UNKNOWN);
        assertThat(compiled.progression(unassessed, AS_OF).next()).isEmpty();
    }
}
