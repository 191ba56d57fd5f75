package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;
import static org.cadre.evaluation.TestFramework.RATED;

import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.junit.jupiter.api.Test;

/**
 * A balance rule at its edges: two sides exactly {@code within} levels apart are balanced, one level more is
 * not, and with unassessed members the verdict is unknown exactly when the possible gap straddles the
 * limit — on either side. Positions on the four-level scale: essential 0, proficient 1, strong 2,
 * exemplary 3; an unassessed member may be anywhere from 0 to 3.
 */
class BalanceBoundaryTest {

    private static final CompiledFramework COMPILED = TestFramework.compiled();

    private static Person rated(String... competencyLevelPairs) {
        Person.Builder person = Person.builder("p");
        for (int i = 0; i < competencyLevelPairs.length; i += 2) {
            person.rating(new Rating(competencyLevelPairs[i], competencyLevelPairs[i + 1], RaterSource.MANAGER,
                    Optional.of("m"), RATED));
        }
        return person.build();
    }

    private static Explanation judge(CompetencySet left, CompetencySet right, int within, Person person) {
        CompiledRule rule = COMPILED.compile(new Rule.Balance(left, right, within));
        PersonState state = COMPILED.state(person, AS_OF);
        Explanation explanation = rule.explain(state);
        assertThat(rule.verdict(state)).as("the fast verdict agrees with the explanation")
                .isEqualTo(explanation.verdict());
        return explanation;
    }

    private static Verdict verdict(String left, String right, int within, Person person) {
        return judge(CompetencySet.of(left), CompetencySet.of(right), within, person).verdict();
    }

    @Test
    void sidesExactlyWithinApartAreBalancedAndOneMoreIsNot() {
        assertThat(verdict("purpose", "agility", 1, rated("purpose", "essential", "agility", "proficient")))
                .isEqualTo(Verdict.MET);
        assertThat(verdict("purpose", "agility", 1, rated("purpose", "proficient", "agility", "essential")))
                .isEqualTo(Verdict.MET);
        assertThat(verdict("purpose", "agility", 1, rated("purpose", "essential", "agility", "strong")))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict("purpose", "agility", 1, rated("purpose", "strong", "agility", "essential")))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict("purpose", "agility", 0, rated("purpose", "strong", "agility", "strong")))
                .isEqualTo(Verdict.MET);
        assertThat(verdict("purpose", "agility", 3, rated("purpose", "essential", "agility", "exemplary")))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void theSentenceGivesBothLevelsTheGapAndTheLimit() {
        Explanation explanation = judge(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1,
                rated("purpose", "essential", "agility", "strong"));

        assertThat(explanation.sentence()).contains("Focused purpose").contains("Agility").contains("2 levels apart")
                .contains("at most 1 level is allowed");
        assertThat(explanation.missing()).isEmpty();
        assertThat(judge(CompetencySet.of("purpose"), CompetencySet.of("agility"), 2,
                rated("purpose", "essential", "agility", "strong")).sentence()).contains("at most 2 levels are allowed");
    }

    @Test
    void anUnassessedSideIsUnknownUnlessEveryLevelItCouldHaveDecides() {
        // Agility could be anywhere from 0 to 3: against strong (2) with within 2 every value is balanced.
        assertThat(verdict("purpose", "agility", 2, rated("purpose", "strong"))).isEqualTo(Verdict.MET);
        assertThat(verdict("agility", "purpose", 2, rated("purpose", "strong"))).isEqualTo(Verdict.MET);
        // With within 1, agility at 0 would be 2 apart and at 2 balanced: unknown.
        Explanation unknown = judge(CompetencySet.of("purpose"), CompetencySet.of("agility"), 1,
                rated("purpose", "strong"));
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unknown.missing()).containsExactly("a rating of Agility");
        assertThat(unknown.sentence()).contains("is not known").contains("at most 1 level apart");
    }

    @Test
    void aGapThatCouldShrinkToExactlyWithinIsUnknownAndOneThatCannotIsNotMet() {
        CompetencySet one = CompetencySet.of("purpose");
        CompetencySet two = CompetencySet.of("agility", "vision");
        // purpose 3; agility 1 and vision unknown: the mean of the two is 0.5 to 2, at least 1 below 3.
        Person closest = rated("purpose", "exemplary", "agility", "proficient");
        assertThat(judge(one, two, 1, closest).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(judge(two, one, 1, closest).verdict()).isEqualTo(Verdict.UNKNOWN);
        // agility 0 and vision unknown: the mean is 0 to 1.5, at least 1.5 below 3.
        Person far = rated("purpose", "exemplary", "agility", "essential");
        assertThat(judge(one, two, 1, far).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(judge(two, one, 1, far).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(judge(two, one, 1, closest).missing()).containsExactly("a rating of Sharing the vision");
    }

    @Test
    void aSideIsTheMeanOfItsMembers() {
        CompetencySet one = CompetencySet.of("purpose");
        CompetencySet two = CompetencySet.of("agility", "vision");
        // (0 + 3) / 2 = 1.5 against 3: 1.5 apart.
        Person person = rated("purpose", "exemplary", "agility", "essential", "vision", "exemplary");
        assertThat(judge(one, two, 1, person).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(judge(one, two, 2, person).verdict()).isEqualTo(Verdict.MET);
        assertThat(judge(one, two, 2, person).sentence()).contains("the mean of 2 competencies at")
                .contains("1.50 levels apart");
    }
}
