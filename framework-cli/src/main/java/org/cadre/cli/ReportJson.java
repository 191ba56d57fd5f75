package org.cadre.cli;

import java.util.List;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/**
 * The JSON form of validation reports, a contract for other systems:
 * {@code {"valid": bool, "errors": [issue…], "warnings": [issue…]}} where each issue is
 * {@code {"file", "code", "pointer", "line", "column", "message"}}.
 */
final class ReportJson {

    private ReportJson() {
    }

    static String render(List<Report> reports, boolean valid) {
        StringBuilder json = new StringBuilder("{\n  \"valid\": ").append(valid).append(",\n  \"errors\": [");
        appendIssues(json, reports, true);
        json.append("],\n  \"warnings\": [");
        appendIssues(json, reports, false);
        return json.append("]\n}\n").toString();
    }

    private static void appendIssues(StringBuilder json, List<Report> reports, boolean errors) {
        boolean first = true;
        for (Report report : reports) {
            for (Issue issue : errors ? report.errors() : report.warnings()) {
                json.append(first ? "\n    " : ",\n    ");
                first = false;
                json.append("{\"file\": ").append(quote(report.source()))
                        .append(", \"code\": ").append(quote(issue.code()))
                        .append(", \"pointer\": ").append(quote(issue.pointer()))
                        .append(", \"line\": ").append(issue.line())
                        .append(", \"column\": ").append(issue.column())
                        .append(", \"message\": ").append(quote(issue.message())).append('}');
            }
        }
        if (!first) {
            json.append("\n  ");
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
