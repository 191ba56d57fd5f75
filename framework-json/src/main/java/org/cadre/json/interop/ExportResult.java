package org.cadre.json.interop;

import java.util.Objects;
import org.cadre.report.Report;

/**
 * What an export gives: the text in the other format and a report whose warnings say what the format could
 * not carry and where it was kept, if anywhere. Immutable.
 *
 * @param text   the exported document, ending with a new line
 * @param report warnings about what was not carried (an export has no errors)
 */
public record ExportResult(String text, Report report) {

    /**
     * Checks that neither component is null.
     *
     * @throws NullPointerException if the text or the report is null
     */
    public ExportResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(report, "report");
    }
}
