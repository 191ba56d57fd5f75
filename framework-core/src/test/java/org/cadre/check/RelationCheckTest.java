package org.cadre.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;
import org.junit.jupiter.api.Test;

/** Relations between competencies must point at another competency of the framework. */
class RelationCheckTest {

    private static Framework with(Competency.Builder second) {
        return Framework.builder("f", "1.0.0", "F")
                .scale(ProficiencyScale.builder("s", "S").level("a", "A", 1).build())
                .competency(Competency.builder("care", "Care").build())
                .competency(second.build())
                .build();
    }

    @Test
    void relationsToOtherCompetenciesAreSound() {
        Framework framework = with(Competency.builder("team", "Team").relation(Relation.PRECEDES, "care")
                .relation("supports", "care"));

        assertThat(FrameworkChecker.check(framework)).extracting(Issue::code)
                .doesNotContain(Codes.COMPETENCY_RELATION_UNKNOWN, Codes.COMPETENCY_RELATION_SELF,
                        Codes.COMPETENCY_RELATION_DUPLICATE);
        assertThat(framework.competency("team").orElseThrow().relations()).containsExactly(
                new Relation("precedes", "care"), new Relation("supports", "care"));
    }

    @Test
    void aRelationToAMissingCompetencyIsAnErrorWithItsPointerAndAHint() {
        Framework framework = with(Competency.builder("team", "Team").relation(Relation.IS_RELATED_TO, "cars"));

        List<Issue> issues = FrameworkChecker.check(framework).stream()
                .filter(issue -> issue.code().equals(Codes.COMPETENCY_RELATION_UNKNOWN)).toList();

        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(issues.get(0).pointer()).isEqualTo("/competencies/1/relations/0/target");
        assertThat(issues.get(0).message()).contains("[team]", "[isRelatedTo]", "[cars]", "did you mean [care]?");
    }

    @Test
    void aRelationToItselfIsAnError() {
        Framework framework = with(Competency.builder("team", "Team").relation(Relation.IS_PEER_OF, "team"));

        assertThat(FrameworkChecker.check(framework)).extracting(Issue::code, Issue::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple(Codes.COMPETENCY_RELATION_SELF,
                        "/competencies/1/relations/0/target"));
    }

    @Test
    void theSameRelationTwiceIsAWarning() {
        Framework framework = with(Competency.builder("team", "Team").relation(Relation.PRECEDES, "care")
                .relation(Relation.PRECEDES, "care"));

        List<Issue> issues = FrameworkChecker.check(framework).stream()
                .filter(issue -> issue.code().equals(Codes.COMPETENCY_RELATION_DUPLICATE)).toList();

        assertThat(issues).extracting(Issue::severity, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "/competencies/1/relations/1"));
    }

    @Test
    void relationsTakePartInEqualityAndCopies() {
        Competency plain = Competency.builder("team", "Team").build();
        Competency related = plain.toBuilder().relation(Relation.EXACT_MATCH_OF, "care").build();

        assertThat(related).isNotEqualTo(plain);
        assertThat(related.toBuilder().build()).isEqualTo(related).hasSameHashCodeAs(related);
        assertThat(Relation.STANDARD_TYPES).contains(Relation.EXEMPLAR, Relation.IS_PART_OF);
        assertThat(new Relation("supports", "care").isStandardType()).isFalse();
        assertThatThrownBy(() -> new Relation(null, "care")).isInstanceOf(NullPointerException.class);
    }
}
