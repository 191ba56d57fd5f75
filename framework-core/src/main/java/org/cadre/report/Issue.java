package org.cadre.report;

import java.util.Objects;

/**
 * One problem found in a document: a stable code, a severity, where it is, and a message written for
 * the person who wrote the document.
 *
 * <p>{@code pointer} is an RFC 6901 JSON Pointer into the document ({@code ""} is the whole document).
 * {@code line} and {@code column} are 1-based positions in the file; both are {@code 0} when the issue
 * was found in a model that did not come from a file (see {@link #hasPosition()}).
 *
 * @param code     stable, machine-readable code, for example {@code competency.parent.unknown}; see {@link Codes}
 * @param severity error or warning
 * @param pointer  JSON Pointer to the offending value, or to the object that lacks a required field
 * @param line     1-based line in the file, or 0 when unknown
 * @param column   1-based column in the file, or 0 when unknown
 * @param message  a sentence that says what is wrong, where, and with which value
 */
public record Issue(String code, Severity severity, String pointer, int line, int column, String message) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any reference component is null
     * @throws IllegalArgumentException if line or column is negative, or only one of them is known
     */
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line and column must both be positive or both be 0, got "
                    + line + ":" + column);
        }
    }

    /** An error at {@code pointer} with no file position (yet). */
    public static Issue error(String code, String pointer, String message) {
        return new Issue(code, Severity.ERROR, pointer, 0, 0, message);
    }

    /** A warning at {@code pointer} with no file position (yet). */
    public static Issue warning(String code, String pointer, String message) {
        return new Issue(code, Severity.WARNING, pointer, 0, 0, message);
    }

    /** Whether this issue knows its line and column in a file. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** Whether this issue is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This issue placed at the given 1-based line and column. */
    public Issue at(int newLine, int newColumn) {
        return new Issue(code, severity, pointer, newLine, newColumn, message);
    }

    /**
     * A one-line rendering for terminals and logs:
     * {@code error competency.parent.unknown at /competencies/3/parent (12:17): …}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity.label()).append(' ').append(code).append(" at ")
                .append(pointer.isEmpty() ? "(document)" : pointer);
        if (hasPosition()) {
            text.append(" (").append(line).append(':').append(column).append(')');
        }
        return text.append(": ").append(message).toString();
    }
}
