package org.cadre.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueTest {

    private static final String MESSAGE = "competency [hlm.x] names parent [hml], which is not a competency";

    @Test
    void makesAnErrorWithoutPosition() {
        Issue issue = Issue.error(Codes.COMPETENCY_PARENT_UNKNOWN, "/competencies/3/parent", MESSAGE);

        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.isError()).isTrue();
        assertThat(issue.hasPosition()).isFalse();
        assertThat(issue.line()).isZero();
        assertThat(issue.column()).isZero();
    }

    @Test
    void makesAWarningWithoutPosition() {
        Issue issue = Issue.warning(Codes.SCALE_UNUSED, "/scales/1", "scale [x] is not used");

        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.isError()).isFalse();
        assertThat(issue.hasPosition()).isFalse();
    }

    @Test
    void placesAnIssueAtALineAndColumn() {
        Issue issue = Issue.error(Codes.COMPETENCY_PARENT_UNKNOWN, "/competencies/3/parent", MESSAGE);

        Issue placed = issue.at(12, 17);

        assertThat(placed.hasPosition()).isTrue();
        assertThat(placed.line()).isEqualTo(12);
        assertThat(placed.column()).isEqualTo(17);
        assertThat(placed).isEqualTo(new Issue(issue.code(), issue.severity(), issue.pointer(), 12, 17, MESSAGE));
        assertThat(issue.hasPosition()).isFalse();
    }

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"-1, -1", "-1, 5", "5, -1", "0, 5", "5, 0"})
    void rejectsANegativeOrHalfKnownPosition(int line, int column) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Issue("c", Severity.ERROR, "", line, column, "m"))
                .withMessageContaining(line + ":" + column);
    }

    @Test
    void acceptsAFullyKnownOrFullyUnknownPosition() {
        assertThat(new Issue("c", Severity.ERROR, "", 1, 1, "m").hasPosition()).isTrue();
        assertThat(new Issue("c", Severity.ERROR, "", 0, 0, "m").hasPosition()).isFalse();
    }

    @Test
    void rejectsNullComponents() {
        assertThatNullPointerException().isThrownBy(() -> new Issue(null, Severity.ERROR, "", 0, 0, "m"))
                .withMessageContaining("code");
        assertThatNullPointerException().isThrownBy(() -> new Issue("c", null, "", 0, 0, "m"))
                .withMessageContaining("severity");
        assertThatNullPointerException().isThrownBy(() -> new Issue("c", Severity.ERROR, null, 0, 0, "m"))
                .withMessageContaining("pointer");
        assertThatNullPointerException().isThrownBy(() -> new Issue("c", Severity.ERROR, "", 0, 0, null))
                .withMessageContaining("message");
    }

    @Test
    void rendersSeverityCodePointerPositionAndMessage() {
        Issue issue = Issue.error(Codes.COMPETENCY_PARENT_UNKNOWN, "/competencies/3/parent", MESSAGE).at(12, 17);

        assertThat(issue).hasToString("error competency.parent.unknown at /competencies/3/parent (12:17): " + MESSAGE);
    }

    @Test
    void rendersAnIssueWithoutPositionWithoutParentheses() {
        Issue issue = Issue.warning(Codes.SCALE_UNUSED, "/scales/1", "scale [x] is not used");

        assertThat(issue).hasToString("warning scale.unused at /scales/1: scale [x] is not used");
    }

    @Test
    void rendersTheEmptyPointerAsTheDocument() {
        Issue issue = Issue.error(Codes.DOCUMENT_KIND, "", "missing kind").at(1, 1);

        assertThat(issue).hasToString("error document.kind at (document) (1:1): missing kind");
    }

    @Test
    void labelsSeveritiesInLowerCase() {
        assertThat(Severity.ERROR.label()).isEqualTo("error");
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
    }
}
