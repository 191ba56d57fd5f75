package org.cadre.json.interop;

import java.util.Objects;
import java.util.Optional;
import org.cadre.model.Framework;
import org.cadre.report.InvalidDocumentException;
import org.cadre.report.Report;

/**
 * What an import gives: the framework when the source had no errors, and always the report of problems and
 * warnings, each with a pointer into the source (and a line and column where the source has them). Immutable.
 */
public final class ImportResult {

    private final Framework framework;
    private final Report report;

    ImportResult(Framework framework, Report report) {
        this.report = Objects.requireNonNull(report, "report");
        this.framework = report.isValid() ? framework : null;
        if (report.isValid() && framework == null) {
            throw new IllegalArgumentException("a valid import needs a framework");
        }
    }

    /** True when the source had no errors and {@link #framework()} holds the framework. */
    public boolean isValid() {
        return framework != null;
    }

    /** The framework, present exactly when the import is valid. */
    public Optional<Framework> framework() {
        return Optional.ofNullable(framework);
    }

    /** Every problem and warning found. */
    public Report report() {
        return report;
    }

    /**
     * The framework.
     *
     * @throws InvalidDocumentException if the source had errors; the exception carries the report
     */
    public Framework orThrow() {
        if (framework == null) {
            throw new InvalidDocumentException(report);
        }
        return framework;
    }

    @Override
    public String toString() {
        return "ImportResult[" + (isValid() ? "valid" : "invalid") + ", " + report.issues().size() + " issues]";
    }
}
