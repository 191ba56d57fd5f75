package org.cadre.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found in one document, in a stable order (by position in the file, then by pointer; a
 * {@link Codes#REPORT_TRUNCATED} note, if any, comes last).
 * Immutable and safe to share between threads.
 */
public final class Report {

    private static final Report EMPTY = new Report("", List.of());

    private static final Comparator<Issue> ORDER = Comparator
            .comparing((Issue issue) -> issue.code().equals(Codes.REPORT_TRUNCATED))
            .thenComparingInt(issue -> issue.hasPosition() ? 0 : 1)
            .thenComparingInt(Issue::line)
            .thenComparingInt(Issue::column)
            .thenComparing(Issue::pointer)
            .thenComparing(Issue::code)
            .thenComparing(Issue::message);

    private final String source;
    private final List<Issue> issues;

    private Report(String source, List<Issue> issues) {
        this.source = source;
        this.issues = issues;
    }

    /** A report with no issues and no source name. */
    public static Report empty() {
        return EMPTY;
    }

    /**
     * A report of the given issues, sorted by position.
     *
     * @param source the name of the document the issues are about (a file name), or {@code ""}
     * @param issues the issues; copied
     */
    public static Report of(String source, Collection<Issue> issues) {
        Objects.requireNonNull(source, "source");
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(ORDER);
        return new Report(source, List.copyOf(sorted));
    }

    /** The name of the document, such as a file name, or {@code ""}. */
    public String source() {
        return source;
    }

    /** All issues, errors and warnings, in file order. */
    public List<Issue> issues() {
        return issues;
    }

    /** The errors only. */
    public List<Issue> errors() {
        return issues.stream().filter(Issue::isError).toList();
    }

    /** The warnings only. */
    public List<Issue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    /** True when there is no error (warnings do not make a document invalid). */
    public boolean isValid() {
        return issues.stream().noneMatch(Issue::isError);
    }

    /** Whether some issue has the given code. */
    public boolean has(String code) {
        return issues.stream().anyMatch(issue -> issue.code().equals(code));
    }

    /** This report with the issues of {@code other} added. */
    public Report plus(Collection<Issue> other) {
        if (other.isEmpty()) {
            return this;
        }
        List<Issue> all = new ArrayList<>(issues);
        all.addAll(other);
        return of(source, all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report report && source.equals(report.source) && issues.equals(report.issues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, issues);
    }

    /** One issue per line, preceded by the source name. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            if (!source.isEmpty()) {
                text.append(source).append(": ");
            }
            text.append(issue).append('\n');
        }
        return text.toString();
    }
}
