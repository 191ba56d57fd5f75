package org.cadre.report;

import java.util.Objects;

/**
 * Thrown only when a caller asks for the model of a document that has errors (for example
 * {@code LoadResult.orThrow()}); carries the full report.
 */
public final class InvalidDocumentException extends CadreException {

    private static final long serialVersionUID = 1L;

    private final transient Report report;

    /** An exception for the given report, whose first error becomes part of the message. */
    public InvalidDocumentException(Report report) {
        super(summary(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    /** The report with every problem found. */
    public Report report() {
        return report;
    }

    private static String summary(Report report) {
        var errors = report.errors();
        String name = report.source().isEmpty() ? "document" : report.source();
        if (errors.isEmpty()) {
            return name + " is invalid";
        }
        return name + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; the first: "
                + errors.get(0);
    }
}
