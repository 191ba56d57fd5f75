package org.cadre.json;

import java.util.Objects;
import java.util.Optional;
import org.cadre.report.InvalidDocumentException;
import org.cadre.report.Report;

/**
 * What loading a document gives: the model when there were no errors, and always the report (which may
 * hold warnings even for a valid document). Immutable.
 *
 * @param <T> the model type, such as {@link org.cadre.model.Framework}
 */
public final class LoadResult<T> {

    private final T value;
    private final Report report;

    private LoadResult(T value, Report report) {
        this.value = value;
        this.report = Objects.requireNonNull(report, "report");
    }

    static <T> LoadResult<T> valid(T value, Report report) {
        if (!report.isValid()) {
            throw new IllegalArgumentException("a valid result cannot carry errors");
        }
        return new LoadResult<>(Objects.requireNonNull(value, "value"), report);
    }

    static <T> LoadResult<T> invalid(Report report) {
        if (report.isValid()) {
            throw new IllegalArgumentException("an invalid result needs at least one error");
        }
        return new LoadResult<>(null, report);
    }

    /** True when the document has no errors and {@link #value()} holds the model. */
    public boolean isValid() {
        return value != null;
    }

    /** The model, present exactly when the document is valid. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** Every issue found: errors and warnings. */
    public Report report() {
        return report;
    }

    /**
     * The model.
     *
     * @throws InvalidDocumentException if the document has errors; the exception carries the report
     */
    public T orThrow() {
        if (value == null) {
            throw new InvalidDocumentException(report);
        }
        return value;
    }

    @Override
    public String toString() {
        return "LoadResult[" + (isValid() ? "valid" : "invalid") + ", " + report.issues().size() + " issues]";
    }
}
