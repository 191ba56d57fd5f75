package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadre.report.Issue;
import org.cadre.report.Report;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON documents as Jackson trees for the tests: parsing without losing number forms, printing in
 * several layouts, and checking that an issue's pointer, line and column name a real place in the text.
 */
final class Documents {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Documents() {
    }

    /** The document as a mutable tree. */
    static ObjectNode tree(String text) {
        return (ObjectNode) MAPPER.readTree(text);
    }

    /** How a document is laid out as text. */
    enum Layout {
        /** Indented over many lines, as editors and the writer do. */
        INDENTED,
        /** All on one line, so that columns run into the thousands. */
        ONE_LINE,
        /** Indented, with Windows line ends and a UTF-8 byte-order mark in front. */
        WINDOWS;

        /** The tree as text in this layout. */
        String text(JsonNode tree) {
            return switch (this) {
                case INDENTED -> MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
                case ONE_LINE -> MAPPER.writeValueAsString(tree);
                // Raw line ends only occur between tokens: inside strings they are escaped.
                case WINDOWS -> "\uFEFF" + INDENTED.text(tree).replace("\n", "\r\n");
            };
        }
    }

    /**
     * Every issue of the report has a line and column, and its pointer names a value of the document that
     * starts at that line and column. A pointer to a missing field (an issue about a field that ought to be
     * there) must name a field of an existing object, and is placed at that object.
     */
    static void assertIssuesArePlaced(Report report, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // positions count from after a byte-order mark
        }
        JsonNode document = MAPPER.readTree(text);
        for (Issue issue : report.issues()) {
            assertThat(issue.line()).as("line of %s", issue).isGreaterThanOrEqualTo(1);
            assertThat(issue.column()).as("column of %s", issue).isGreaterThanOrEqualTo(1);
            String pointer = issue.pointer();
            JsonNode target = document.at(pointer);
            if (target.isMissingNode()) {
                assertThat(pointer).as("pointer of %s", issue).contains("/");
                JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
                assertThat(parent.isObject()).as("%s names no value, and its parent is not an object", issue).isTrue();
                target = parent;
            }
            String at = textAt(text, issue.line(), issue.column());
            String expected = target.isObject() ? "{" : target.isArray() ? "[" : target.toString();
            assertThat(at).as("text at line %d, column %d for %s", issue.line(), issue.column(), issue)
                    .startsWith(expected);
        }
    }

    /**
     * The text from a 1-based line and column (counted in UTF-16 chars) to the end of that line; a line
     * ends at {@code \n}, and a {@code \r} before it stays part of the line.
     */
    static String textAt(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return "";
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        String lineText = end < 0 ? text.substring(start) : text.substring(start, end);
        return column - 1 <= lineText.length() ? lineText.substring(column - 1) : "";
    }
}
