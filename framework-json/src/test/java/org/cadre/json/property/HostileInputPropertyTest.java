package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.person.Person;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.cadre.testing.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input at volume ({@link Hostile}): for every kind of document, random JSON, random bytes and
 * mutated valid documents. The loader returns a model or a report and never throws; each document takes
 * less than {@link #BOUND}; every issue has a line and column; and where the document (or, in JSON Lines,
 * the line) is JSON, every issue's pointer resolves in it — to a value, or for a missing field to the
 * object that lacks it — and its line and column are where that value starts. Where it is not JSON, the
 * issue is a reading or parsing issue with a line and column inside the text.
 *
 * <p>About 115,000 documents in all with the default tries, the six kinds side by side (the loader is
 * shared, as a host would share it); the figures are in docs/quality.md.
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileInputPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    /** Generous: no document comes near it; it catches a loader that hangs or goes quadratic. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Loads one valid document of each kind, so that no document's time includes loading the schemas. */
    @BeforeAll
    static void warmUp() {
        for (Hostile.Kind kind : Hostile.Kind.values()) {
            Optional<Report> report = load(new Hostile.Document(kind, List.of(), Hostile.pool(kind).get(1)
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(report.map(Report::errors).orElse(List.of())).as("errors of a valid %s document", kind)
                    .isEmpty();
        }
    }

    @Test
    void hostileFrameworksGetAReportWhosePointersResolve() {
        run(Hostile.Kind.FRAMEWORK, 15_000);
    }

    @Test
    void hostilePersonDocumentsGetAReportWhosePointersResolve() {
        run(Hostile.Kind.PERSON, 25_000);
    }

    @Test
    void hostileCohortDocumentsGetAReportWhosePointersResolve() {
        run(Hostile.Kind.COHORT, 20_000);
    }

    @Test
    void hostileJsonLinesCohortsGetAReportWhosePointersResolveInTheirLine() {
        run(Hostile.Kind.JSON_LINES, 20_000);
    }

    @Test
    void hostilePlansGetAReportWhosePointersResolve() {
        run(Hostile.Kind.PLAN, 25_000);
    }

    @Test
    void hostileCataloguesGetAReportWhosePointersResolve() {
        run(Hostile.Kind.CATALOGUE, 10_000);
    }

    private static void run(Hostile.Kind kind, int tries) {
        Map<Hostile.Origin, Integer> origins = new EnumMap<>(Hostile.Origin.class);
        AtomicLong documents = new AtomicLong();
        AtomicLong valid = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        long started = System.nanoTime();
        Property.named("hostile " + kind + " documents get a placed report and no exception").tries(tries)
                .maxShrinkSteps(0).maxDescriptionLength(4_000).forAll(Hostile.documents(kind), document -> {
                    long start = System.nanoTime();
                    Optional<Report> report = load(document);
                    long took = System.nanoTime() - start;
                    assertThat(Duration.ofNanos(took)).as("time to load").isLessThan(BOUND);
                    slowest.accumulateAndGet(took, Math::max);
                    documents.incrementAndGet();
                    document.origins().forEach(origin -> origins.merge(origin, 1, Integer::sum));
                    if (report.isEmpty()) {
                        valid.incrementAndGet();
                        return;
                    }
                    if (kind.lines()) {
                        assertLinesPlaced(report.get(), document.bytes());
                    } else {
                        assertPlaced(report.get(), document.bytes());
                    }
                });
        System.out.printf(Locale.ROOT, "hostile %s: %,d documents in %,d ms (%,d valid), slowest %,d ms; made by %s%n",
                kind, documents.get(), (System.nanoTime() - started) / 1_000_000, valid.get(),
                slowest.get() / 1_000_000, origins);
        assertThat(origins).as("every way of making a hostile document was tried")
                .containsOnlyKeys(Hostile.Origin.values());
    }

    /** Loads the document; empty when it is valid with no issue at all, else its report. */
    private static Optional<Report> load(Hostile.Document document) {
        byte[] bytes = document.bytes();
        LoadResult<?> result;
        switch (document.kind()) {
            case FRAMEWORK -> result = LOADER.loadFramework(bytes, "hostile.json");
            case PERSON -> result = LOADER.loadPerson(bytes, "hostile.json");
            case COHORT -> result = LOADER.loadCohort(bytes, "hostile.json");
            case PLAN -> result = LOADER.loadPlan(bytes, "hostile.json");
            case CATALOGUE -> result = LOADER.loadCatalogue(bytes, "hostile.json");
            default -> {
                List<Person> read = new ArrayList<>();
                Report report = LOADER.streamCohort(new ByteArrayInputStream(bytes), "hostile.jsonl", read::add);
                return report.issues().isEmpty() ? Optional.empty() : Optional.of(report);
            }
        }
        assertThat(result.value().isPresent()).as("a value exactly when valid").isEqualTo(result.isValid());
        assertThat(result.report().errors().isEmpty()).as("no errors exactly when valid").isEqualTo(result.isValid());
        return result.report().issues().isEmpty() ? Optional.empty() : Optional.of(result.report());
    }

    private static boolean readingOrParsing(Issue issue) {
        return issue.code().startsWith("input.") || issue.code().startsWith("json.");
    }

    /** A whole document's issues: placed, and resolving in the document when it is JSON. */
    private static void assertPlaced(Report report, byte[] bytes) {
        Optional<String> text = utf8(bytes);
        for (Issue issue : report.issues()) {
            assertThat(issue.line()).as("line of %s", issue).isPositive();
            assertThat(issue.column()).as("column of %s", issue).isPositive();
        }
        if (report.issues().stream().anyMatch(HostileInputPropertyTest::readingOrParsing)) {
            int lines = 1;
            for (int i = 0; i < bytes.length; i++) {
                boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
                lines += (bytes[i] == '\n' || bytes[i] == '\r') && !crlf ? 1 : 0;
            }
            int most = lines;
            assertThat(report.issues()).allSatisfy(issue -> assertThat(issue.line()).as("line of %s", issue)
                    .isLessThanOrEqualTo(most));
            return;
        }
        assertThat(text).as("a document read without a reading issue is UTF-8").isPresent();
        String body = withoutByteOrderMark(text.get());
        JsonNode tree = MAPPER.readTree(body);
        int[] lineStarts = lineStarts(body);
        for (Issue issue : report.issues()) {
            assertStartsAt(body, lineStarts, issue.line(), issue.column(), assertResolves(tree, issue), issue);
        }
    }

    /** A JSON Lines stream's issues: each at a line of the stream, resolving in that line when it is JSON. */
    private static void assertLinesPlaced(Report report, byte[] bytes) {
        List<byte[]> lines = splitLines(bytes);
        for (Issue issue : report.issues()) {
            if (!issue.hasPosition()) {
                assertThat(issue.isError()).as("an error without a line: %s", issue).isFalse();
                assertThat(issue.pointer()).isEmpty();
                continue;
            }
            assertThat(issue.line()).as("line of %s", issue).isBetween(1, Math.max(1, lines.size()));
            assertThat(issue.column()).as("column of %s", issue).isPositive();
            if (readingOrParsing(issue) || issue.code().equals("report.truncated")) {
                continue;
            }
            Optional<String> line = utf8(lines.get(issue.line() - 1));
            assertThat(line).as("line %d of %s is UTF-8", issue.line(), issue).isPresent();
            String body = issue.line() == 1 ? withoutByteOrderMark(line.get()) : line.get();
            JsonNode tree = MAPPER.readTree(body);
            assertStartsAt(body, new int[] {0}, 1, issue.column(), assertResolves(tree, issue), issue);
        }
    }

    /**
     * Where each line of the text starts. Lines end as the parser counts them: at a line feed, a carriage
     * return and line feed, or a lone carriage return.
     */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The text at the line and column is where the value starts: its first character is the value's. */
    private static void assertStartsAt(String text, int[] lineStarts, int line, int column, JsonNode value,
                                       Issue issue) {
        assertThat(line).as("line of %s", issue).isBetween(1, lineStarts.length);
        int at = lineStarts[line - 1] + column - 1;
        assertThat(at).as("column of %s", issue).isLessThan(text.length());
        char first = text.charAt(at);
        if (value.isObject()) {
            assertThat(first).as("text at %d:%d for %s", line, column, issue).isEqualTo('{');
        } else if (value.isArray()) {
            assertThat(first).as("text at %d:%d for %s", line, column, issue).isEqualTo('[');
        } else if (value.isString()) {
            assertThat(first).as("text at %d:%d for %s", line, column, issue).isEqualTo('"');
        } else if (value.isNumber()) {
            assertThat(first == '-' || Character.isDigit(first)).as("text at %d:%d for %s is a number", line,
                    column, issue).isTrue();
        } else {
            assertThat(text.startsWith(value.toString(), at)).as("text at %d:%d for %s", line, column, issue)
                    .isTrue();
        }
    }

    /** The value the issue's pointer names, or for a missing field the object that lacks it. */
    private static JsonNode assertResolves(JsonNode tree, Issue issue) {
        String pointer = issue.pointer();
        assertThat(pointer.isEmpty() || pointer.startsWith("/")).as("pointer of %s", issue).isTrue();
        JsonNode target = tree.at(pointer);
        if (!target.isMissingNode()) {
            return target;
        }
        assertThat(pointer).as("%s names no value and has no parent", issue).contains("/");
        JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
        assertThat(parent.isObject()).as("%s names no value, and its parent is not an object", issue).isTrue();
        return parent;
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == bytes.length) {
                    break;
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
