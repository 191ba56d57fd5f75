package org.cadre.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Issue UNKNOWN_PARENT_AT_12 = Issue.error(Codes.COMPETENCY_PARENT_UNKNOWN,
            "/competencies/3/parent", "competency [a] names parent [b], which is not a competency").at(12, 17);
    private static final Issue DUPLICATE_AT_3 = Issue.error(Codes.COMPETENCY_DUPLICATE_ID, "/competencies/0/id",
            "competency id [a] is already used").at(3, 9);
    private static final Issue UNUSED_AT_3_EARLIER = Issue.warning(Codes.SCALE_UNUSED, "/scales/1",
            "scale [s] is not used").at(3, 2);
    private static final Issue NO_POSITION_A = Issue.warning(Codes.TRANSLATION_DEFAULT_LANGUAGE,
            "/a/translations/en", "a translation into [en] is ignored");
    private static final Issue NO_POSITION_B = Issue.error(Codes.PROGRAMME_CYCLE, "/b/leadsTo/0",
            "the leadsTo links of programmes form a cycle");

    @Test
    void sortsIssuesByLineThenColumn() {
        Report report = Report.of("hlm.json", List.of(UNKNOWN_PARENT_AT_12, DUPLICATE_AT_3, UNUSED_AT_3_EARLIER));

        assertThat(report.issues()).containsExactly(UNUSED_AT_3_EARLIER, DUPLICATE_AT_3, UNKNOWN_PARENT_AT_12);
    }

    @Test
    void sortsIssuesAtTheSamePositionByPointer() {
        Issue later = Issue.error("x", "/competencies/1", "m").at(4, 4);
        Issue earlier = Issue.error("x", "/competencies/0", "m").at(4, 4);

        assertThat(Report.of("", List.of(later, earlier)).issues()).containsExactly(earlier, later);
    }

    @Test
    void putsIssuesWithoutPositionAfterThoseWithAndSortsThemByPointer() {
        Report report = Report.of("", List.of(NO_POSITION_B, UNKNOWN_PARENT_AT_12, NO_POSITION_A, DUPLICATE_AT_3));

        assertThat(report.issues()).containsExactly(DUPLICATE_AT_3, UNKNOWN_PARENT_AT_12, NO_POSITION_A, NO_POSITION_B);
    }

    @Test
    void separatesErrorsFromWarnings() {
        Report report = Report.of("", List.of(UNKNOWN_PARENT_AT_12, UNUSED_AT_3_EARLIER, NO_POSITION_A,
                DUPLICATE_AT_3));

        assertThat(report.errors()).containsExactly(DUPLICATE_AT_3, UNKNOWN_PARENT_AT_12);
        assertThat(report.warnings()).containsExactly(UNUSED_AT_3_EARLIER, NO_POSITION_A);
    }

    @Test
    void isValidWithWarningsOnly() {
        Report report = Report.of("", List.of(UNUSED_AT_3_EARLIER, NO_POSITION_A));

        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void isInvalidWithOneError() {
        assertThat(Report.of("", List.of(UNUSED_AT_3_EARLIER, NO_POSITION_B)).isValid()).isFalse();
    }

    @Test
    void tellsWhetherSomeIssueHasACode() {
        Report report = Report.of("", List.of(UNKNOWN_PARENT_AT_12, UNUSED_AT_3_EARLIER));

        assertThat(report.has(Codes.COMPETENCY_PARENT_UNKNOWN)).isTrue();
        assertThat(report.has(Codes.SCALE_UNUSED)).isTrue();
        assertThat(report.has(Codes.COMPETENCY_CYCLE)).isFalse();
    }

    @Test
    void startsEmptyAndValid() {
        Report empty = Report.empty();

        assertThat(empty.issues()).isEmpty();
        assertThat(empty.source()).isEmpty();
        assertThat(empty.isValid()).isTrue();
        assertThat(empty.has(Codes.JSON_SYNTAX)).isFalse();
        assertThat(empty).hasToString("");
    }

    @Test
    void mergesTheIssuesOfAnotherReportInOrder() {
        Report report = Report.of("hlm.json", List.of(UNKNOWN_PARENT_AT_12, NO_POSITION_B));

        Report merged = report.plus(List.of(NO_POSITION_A, DUPLICATE_AT_3));

        assertThat(merged.source()).isEqualTo("hlm.json");
        assertThat(merged.issues()).containsExactly(DUPLICATE_AT_3, UNKNOWN_PARENT_AT_12, NO_POSITION_A, NO_POSITION_B);
        assertThat(report.issues()).containsExactly(UNKNOWN_PARENT_AT_12, NO_POSITION_B);
    }

    @Test
    void staysTheSameWhenNothingIsAdded() {
        Report report = Report.of("hlm.json", List.of(UNKNOWN_PARENT_AT_12));

        assertThat(report.plus(List.of())).isSameAs(report);
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheIssues() {
        List<Issue> issues = new ArrayList<>(List.of(UNKNOWN_PARENT_AT_12));
        Report report = Report.of("", issues);

        issues.add(DUPLICATE_AT_3);

        assertThat(report.issues()).containsExactly(UNKNOWN_PARENT_AT_12);
        assertThatThrownBy(() -> report.issues().add(DUPLICATE_AT_3))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsANullSourceOrIssue() {
        List<Issue> withNull = new ArrayList<>();
        withNull.add(null);

        assertThatNullPointerException().isThrownBy(() -> Report.of(null, List.of()));
        assertThatNullPointerException().isThrownBy(() -> Report.of("", withNull));
    }

    @Test
    void equalsAReportWithTheSameSourceAndIssuesInAnyInputOrder() {
        Report one = Report.of("hlm.json", List.of(UNKNOWN_PARENT_AT_12, DUPLICATE_AT_3));
        Report other = Report.of("hlm.json", List.of(DUPLICATE_AT_3, UNKNOWN_PARENT_AT_12));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(Report.of("other.json", List.of(UNKNOWN_PARENT_AT_12, DUPLICATE_AT_3)));
        assertThat(one).isNotEqualTo(Report.of("hlm.json", List.of(DUPLICATE_AT_3)));
    }

    @Test
    void rendersOneIssuePerLinePrefixedWithTheSource() {
        Report report = Report.of("hlm.json", List.of(UNKNOWN_PARENT_AT_12, DUPLICATE_AT_3));

        assertThat(report).hasToString("hlm.json: " + DUPLICATE_AT_3 + "\n" + "hlm.json: " + UNKNOWN_PARENT_AT_12 + "\n");
    }

    @Test
    void rendersIssuesWithoutPrefixWhenTheSourceIsUnnamed() {
        Report report = Report.of("", List.of(NO_POSITION_A));

        assertThat(report).hasToString(NO_POSITION_A + "\n");
    }
}
