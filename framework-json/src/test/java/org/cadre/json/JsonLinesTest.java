package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.json.Reports.only;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.cadre.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines cohorts: one person per line, read one line at a time; a broken line is reported with its line
 * number, skipped and counted, and the people on the other lines still arrive.
 */
class JsonLinesTest {

    private final DocumentLoader loader = DocumentLoader.create();

    /** What a stream gave: the report and the ids of the people handed on, in order. */
    private record Streamed(Report report, List<String> ids) {
    }

    private Streamed stream(DocumentLoader with, String text) {
        return stream(with, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Streamed stream(DocumentLoader with, InputStream in) {
        List<String> ids = new ArrayList<>();
        Report report = with.streamCohort(in, "people.jsonl", person -> ids.add(person.id()));
        return new Streamed(report, ids);
    }

    @Test
    void readsOnePersonPerLineSkippingBlankLines() {
        String text = "\uFEFF{\"id\": \"a\"}\r\n\n   \n{\"id\": \"b\", \"kind\": \"person\", \"formatVersion\": \"1.0\"}\n"
                + "{\"id\": \"c\", \"facts\": {\"band\": \"7\"}}";

        Streamed streamed = stream(loader, text);

        assertThat(streamed.report().issues()).isEmpty();
        assertThat(streamed.ids()).containsExactly("a", "b", "c");
    }

    @Test
    void anEmptyStreamIsAnEmptyCohort() {
        Streamed streamed = stream(loader, "");

        assertThat(streamed.report().issues()).isEmpty();
        assertThat(streamed.ids()).isEmpty();
    }

    @Test
    void aBrokenLineInTheMiddleIsReportedWithItsLineNumberAndTheOthersStillArrive() {
        String text = "{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"c\",, }\n{\"id\": \"d\"}\n{\"id\": \"e\"}\n";

        Streamed streamed = stream(loader, text);

        assertThat(streamed.ids()).containsExactly("a", "b", "d", "e");
        Issue broken = only(streamed.report(), Codes.JSON_SYNTAX);
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.column()).as("the second comma").isEqualTo(12);
        Issue skipped = only(streamed.report(), Codes.COHORT_SKIPPED);
        assertThat(skipped.severity()).isEqualTo(Severity.WARNING);
        assertThat(skipped.message()).contains("1 of 5 lines were skipped");
        assertThat(streamed.report().isValid()).isFalse();
    }

    @Test
    void schemaProblemsCarryPointersIntoTheLineAndTheColumnWithinIt() {
        String second = "{\"id\": \"b\", \"ratings\": [{\"competency\": \"c\", \"level\": \"l\", \"source\": \"boss\","
                + " \"date\": \"2024-02-30\"}]}";
        Streamed streamed = stream(loader, "{\"id\": \"a\"}\n" + second + "\n{\"id\": \"c\", \"nmae\": 1}\n");

        assertThat(streamed.ids()).containsExactly("a");
        Issue source = only(streamed.report(), Codes.SCHEMA_ENUM);
        assertThat(source.pointer()).isEqualTo("/ratings/0/source");
        assertThat(source.line()).isEqualTo(2);
        assertThat(source.column()).isEqualTo(second.indexOf("\"boss\"") + 1);
        Issue unknown = only(streamed.report(), Codes.SCHEMA_UNKNOWN_FIELD);
        assertThat(unknown.pointer()).isEqualTo("/nmae");
        assertThat(unknown.line()).isEqualTo(3);
        assertThat(only(streamed.report(), Codes.COHORT_SKIPPED).message()).contains("2 of 3 lines");
    }

    @Test
    void aDateThatIsNotOnTheCalendarSkipsItsLine() {
        Streamed streamed = stream(loader, "{\"id\": \"a\", \"programmes\": [{\"programme\": \"p\", \"state\":"
                + " \"enrolled\", \"start\": \"2025-04-31\"}]}\n{\"id\": \"b\"}");

        assertThat(streamed.ids()).containsExactly("b");
        Issue issue = only(streamed.report(), Codes.SCHEMA_PATTERN);
        assertThat(issue.pointer()).isEqualTo("/programmes/0/start");
        assertThat(issue.message()).contains("April 2025 has 30 days");
    }

    @Test
    void aLineOfAnotherKindOrVersionOrNotAnObjectIsSkipped() {
        Streamed streamed = stream(loader, "{\"id\": \"a\", \"kind\": \"cohort\"}\n"
                + "{\"id\": \"b\", \"formatVersion\": \"2.0\"}\n[{\"id\": \"c\"}]\n{\"id\": \"d\"}");

        assertThat(streamed.ids()).containsExactly("d");
        assertThat(streamed.report().errors()).extracting(Issue::code, Issue::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.DOCUMENT_KIND, 1),
                org.assertj.core.groups.Tuple.tuple(Codes.DOCUMENT_FORMAT_VERSION, 2),
                org.assertj.core.groups.Tuple.tuple(Codes.DOCUMENT_KIND, 3));
    }

    @Test
    void aPersonIdAlreadySeenOnAnEarlierLineIsSkipped() {
        Streamed streamed = stream(loader, "{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"a\", \"facts\": {\"x\": 1}}\n");

        assertThat(streamed.ids()).containsExactly("a", "b");
        Issue issue = only(streamed.report(), Codes.PERSON_DUPLICATE_ID);
        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.pointer()).isEqualTo("/id");
        assertThat(issue.message()).contains("[a]").contains("line 1");
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAndTheNextOneRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\"}\n{\"id\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n{\"id\": \"c\"}\n".getBytes(StandardCharsets.UTF_8));

        Streamed streamed = stream(loader, new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(streamed.ids()).containsExactly("a", "c");
        Issue issue = only(streamed.report(), Codes.INPUT_ENCODING);
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.column()).isEqualTo(12);
        assertThat(issue.message()).contains("0xE9");
    }

    @Test
    void aLineOverTheSizeLimitIsSkippedWithoutBeingHeld() {
        DocumentLoader small = DocumentLoader.create(Limits.defaults().withMaxDocumentBytes(1_000));
        long hugeLine = 50_000_000;
        InputStream in = new Generated(List.of("{\"id\": \"a\"}\n"), hugeLine, List.of("{\"id\": \"c\"}\n"));

        Streamed streamed = stream(small, in);

        assertThat(streamed.ids()).containsExactly("a", "c");
        Issue issue = only(streamed.report(), Codes.INPUT_TOO_LARGE);
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.message()).contains("line 2").contains("1,000 bytes");
        assertThat(only(streamed.report(), Codes.COHORT_SKIPPED).message()).contains("1 of 3 lines");
    }

    @Test
    void aLineExactlyAtTheSizeLimitIsRead() {
        String line = "{\"id\": \"a\", \"x-pad\": \"" + "p".repeat(100) + "\"}";
        DocumentLoader exact = DocumentLoader.create(Limits.defaults().withMaxDocumentBytes(line.length()));

        assertThat(stream(exact, line + "\r\n" + line.replace("\"a\"", "\"b\"") + "\n").ids()).containsExactly("a", "b");
        assertThat(stream(exact, line.replace("\"a\"", "\"ab\"")).report().has(Codes.INPUT_TOO_LARGE)).isTrue();
    }

    @Test
    void checksEachPersonAgainstAFrameworkAndSkipsThoseWithErrors() {
        Framework framework = loader.loadFramework(RuleDocumentTest.RULES, "rules.json").orThrow();
        String text = "{\"id\": \"a\", \"facts\": {\"band\": \"6\"}}\n"
                + "{\"id\": \"b\", \"facts\": {\"band\": \"9\"}}\n"
                + "{\"id\": \"c\", \"facts\": {\"bnad\": \"6\"}}\n";
        List<String> ids = new ArrayList<>();

        Report report = loader.streamCohort(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "people.jsonl", framework, LocalDate.of(2026, 1, 1), person -> ids.add(person.id()));

        assertThat(ids).containsExactly("a", "c");
        assertThat(only(report, Codes.PERSON_FACT_VALUE).line()).isEqualTo(2);
        assertThat(only(report, Codes.PERSON_FACT_UNKNOWN).line()).isEqualTo(3);
        assertThat(only(report, Codes.COHORT_SKIPPED).message()).contains("1 of 3 lines");
    }

    @Test
    void capsTheIssuesButStillCountsEverySkippedLine() {
        DocumentLoader capped = DocumentLoader.create(Limits.defaults().withMaxIssues(3));
        String text = "{]\n".repeat(10) + "{\"id\": \"ok\"}\n";

        Streamed streamed = stream(capped, text);

        assertThat(streamed.ids()).containsExactly("ok");
        assertThat(streamed.report().issues()).extracting(Issue::code).containsExactly(Codes.JSON_SYNTAX,
                Codes.JSON_SYNTAX, Codes.JSON_SYNTAX, Codes.COHORT_SKIPPED, Codes.REPORT_TRUNCATED);
        assertThat(only(streamed.report(), Codes.REPORT_TRUNCATED).message()).contains("7 more issues");
        assertThat(only(streamed.report(), Codes.COHORT_SKIPPED).message()).contains("10 of 11 lines");
    }

    @Test
    void readsAFileAndThrowsOnlyWhenItCannotBeRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("people.jsonl");
        Files.writeString(file, "{\"id\": \"a\"}\n{\"id\": \"b\"}\n");
        List<String> ids = new ArrayList<>();

        Report report = loader.streamCohort(file, person -> ids.add(person.id()));

        assertThat(report.source()).isEqualTo(file.toString());
        assertThat(ids).containsExactly("a", "b");
        assertThatThrownBy(() -> loader.streamCohort(dir.resolve("missing.jsonl"), person -> { }))
                .isInstanceOf(CadreException.class).hasMessageContaining("missing.jsonl");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> loader.streamCohort(failing, "s", person -> { }))
                .isInstanceOf(CadreException.class).hasMessageContaining("disk gone");
    }

    @Test
    void streamsAHundredThousandPeopleWithoutHoldingThem() {
        int count = 100_000;
        InputStream in = new InputStream() {
            private int next;
            private byte[] line = new byte[0];
            private int at;

            @Override
            public int read() {
                if (at == line.length) {
                    if (next == count) {
                        return -1;
                    }
                    line = String.format(Locale.ROOT, "{\"id\": \"p-%06d\", \"ratings\": [{\"competency\":"
                            + " \"people.huddle\", \"level\": \"good\", \"source\": \"manager\", \"date\":"
                            + " \"2025-%02d-%02d\"}], \"facts\": {\"practiceHours\": %d}}%n", next, next % 12 + 1,
                            next % 28 + 1, next).getBytes(StandardCharsets.UTF_8);
                    at = 0;
                    next++;
                }
                return line[at++] & 0xFF;
            }
        };
        long[] seen = {0};
        String[] last = {null};

        Report report = loader.streamCohort(in, "generated.jsonl", person -> {
            seen[0]++;
            last[0] = person.id();
        });

        assertThat(report.issues()).isEmpty();
        assertThat(seen[0]).isEqualTo(count);
        assertThat(last[0]).isEqualTo("p-099999");
    }

    @Test
    void writesOneCompactLinePerPerson() {
        List<Person> people = List.of(Person.builder("a").string("note", "two\nlines").build(), Person.builder("b").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DocumentWriter.create().writeLines(people, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"a\",\"facts\":{\"note\":\"two\\nlines\"}}\n{\"id\":\"b\"}\n");
    }

    /** A stream of some lines, then one line of {@code size} bytes made on the fly, then some more lines. */
    private static final class Generated extends InputStream {
        private final byte[] before;
        private final long size;
        private final byte[] after;
        private long position;

        Generated(List<String> before, long size, List<String> after) {
            this.before = String.join("", before).getBytes(StandardCharsets.UTF_8);
            this.size = size;
            this.after = String.join("", after).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long at = position++;
            if (at < before.length) {
                return before[(int) at];
            }
            at -= before.length;
            if (at < size) {
                return at == size - 1 ? '\n' : 'x';
            }
            at -= size;
            return at < after.length ? after[(int) at] : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = 0;
            while (count < length) {
                int next = read();
                if (next < 0) {
                    return count == 0 ? -1 : count;
                }
                buffer[offset + count++] = (byte) next;
            }
            return count;
        }
    }
}
