package org.cadre.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDocumentExceptionTest {

    private static final Issue FIRST = Issue.error(Codes.COMPETENCY_PARENT_UNKNOWN, "/competencies/3/parent",
            "competency [hlm.x] names parent [hml], which is not a competency of this framework").at(7, 3);
    private static final Issue SECOND = Issue.error(Codes.SCALE_EMPTY, "/scales/0/levels",
            "scale [hlm-4] has no levels").at(20, 1);
    private static final Issue WARNING = Issue.warning(Codes.SCALE_UNUSED, "/scales/1", "scale [s] is not used")
            .at(1, 1);

    @Test
    void carriesTheReport() {
        Report report = Report.of("hlm.json", List.of(FIRST));

        assertThat(new InvalidDocumentException(report).report()).isSameAs(report);
    }

    @Test
    void namesTheSourceTheErrorCountAndTheFirstError() {
        Report report = Report.of("hlm.json", List.of(SECOND, WARNING, FIRST));

        InvalidDocumentException exception = new InvalidDocumentException(report);

        assertThat(exception).hasMessage("hlm.json has 2 errors; the first: " + FIRST);
        assertThat(exception.getMessage()).contains("[hml]", "/competencies/3/parent", "(7:3)");
    }

    @Test
    void callsAnUnnamedSourceTheDocumentAndCountsOneError() {
        Report report = Report.of("", List.of(FIRST));

        assertThat(new InvalidDocumentException(report)).hasMessage("document has 1 error; the first: " + FIRST);
    }

    @Test
    void saysTheDocumentIsInvalidWhenTheReportHasNoErrors() {
        assertThat(new InvalidDocumentException(Report.of("hlm.json", List.of(WARNING))))
                .hasMessage("hlm.json is invalid");
    }

    @Test
    void isTheUncheckedCadreException() {
        assertThat(new InvalidDocumentException(Report.empty())).isInstanceOf(CadreException.class)
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void rejectsANullReport() {
        assertThatNullPointerException().isThrownBy(() -> new InvalidDocumentException(null))
                .withMessageContaining("report");
    }
}
