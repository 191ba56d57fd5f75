package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cadre.json.internal.PersonLineFastPath;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the person body schema, the date check and the limits that the cohort's fast path checks in
 * code: a line that breaks it is declined by the fast path, and the loader (which then takes the full path)
 * reports it with the code it always did. Lines that are valid but unusual are declined too and load as
 * before. And the fast path does accept ordinary lines: every shipped example person.
 */
class CohortFastPathTest {

    private static final String RATING = "{\"competency\":\"c1\",\"level\":\"l1\",\"source\":\"manager\","
            + "\"date\":\"2026-05-01\"}";
    private static final String VALID = "{\"id\":\"p1\",\"ratings\":[" + RATING + "],\"evidence\":[{\"competency\":"
            + "\"c1\",\"kind\":\"project\",\"date\":\"2026-04-01\",\"reference\":\"doc-7\"}],\"programmes\":"
            + "[{\"programme\":\"g1\",\"state\":\"completed\",\"end\":\"2025-12-31\"}],\"facts\":{\"hours\":12,"
            + "\"band\":\"8a\",\"score\":1.50},\"x-note\":\"kept\"}";

    static Stream<Arguments> brokenLines() {
        return Stream.of(
                broken("an array, not an object", "[1]", Codes.DOCUMENT_KIND),
                broken("another kind", "{\"kind\":\"plan\",\"id\":\"p1\"}", Codes.DOCUMENT_KIND),
                broken("another format version", "{\"formatVersion\":\"2.0\",\"id\":\"p1\"}",
                        Codes.DOCUMENT_FORMAT_VERSION),
                broken("no id", "{\"ratings\":[]}", Codes.SCHEMA_REQUIRED),
                broken("an id with a space", "{\"id\":\"p 1\"}", Codes.SCHEMA_PATTERN),
                broken("an id of 129 characters", "{\"id\":\"" + "a".repeat(129) + "\"}", Codes.SCHEMA_PATTERN),
                broken("an id that is a number", "{\"id\":7}", Codes.SCHEMA_TYPE),
                broken("an unknown field", "{\"id\":\"p1\",\"name\":\"Ann\"}", Codes.SCHEMA_UNKNOWN_FIELD),
                broken("a $schema that is not text", "{\"id\":\"p1\",\"$schema\":1}", Codes.SCHEMA_TYPE),
                broken("ratings that are not a list", "{\"id\":\"p1\",\"ratings\":{}}", Codes.SCHEMA_TYPE),
                broken("a rating that is not an object", "{\"id\":\"p1\",\"ratings\":[\"c1\"]}", Codes.SCHEMA_TYPE),
                broken("a rating without a level", rating("\"competency\":\"c1\",\"source\":\"manager\","
                        + "\"date\":\"2026-05-01\""), Codes.SCHEMA_REQUIRED),
                broken("a rating with an unknown field", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"manager\",\"date\":\"2026-05-01\",\"weight\":2"), Codes.SCHEMA_UNKNOWN_FIELD),
                broken("a rating from an unknown source", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"boss\",\"date\":\"2026-05-01\""), Codes.SCHEMA_ENUM),
                broken("a rater that is not text", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"manager\",\"rater\":null,\"date\":\"2026-05-01\""), Codes.SCHEMA_TYPE),
                broken("a date written another way", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"manager\",\"date\":\"01/05/2026\""), Codes.SCHEMA_PATTERN),
                broken("a date not on the calendar", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"manager\",\"date\":\"2026-02-30\""), Codes.SCHEMA_PATTERN),
                broken("a month 13", rating("\"competency\":\"c1\",\"level\":\"l1\","
                        + "\"source\":\"manager\",\"date\":\"2026-13-01\""), Codes.SCHEMA_PATTERN),
                broken("evidence of a kind in capitals", "{\"id\":\"p1\",\"evidence\":[{\"competency\":\"c1\","
                        + "\"kind\":\"Project\",\"date\":\"2026-04-01\"}]}", Codes.SCHEMA_PATTERN),
                broken("evidence without a date", "{\"id\":\"p1\",\"evidence\":[{\"competency\":\"c1\","
                        + "\"kind\":\"project\"}]}", Codes.SCHEMA_REQUIRED),
                broken("an empty reference", "{\"id\":\"p1\",\"evidence\":[{\"competency\":\"c1\","
                        + "\"kind\":\"project\",\"date\":\"2026-04-01\",\"reference\":\"\"}]}", Codes.SCHEMA_RANGE),
                broken("a reference of 2,001 characters", "{\"id\":\"p1\",\"evidence\":[{\"competency\":\"c1\","
                        + "\"kind\":\"project\",\"date\":\"2026-04-01\",\"reference\":\"" + "r".repeat(2001)
                        + "\"}]}", Codes.SCHEMA_RANGE),
                broken("a programme in an unknown state", "{\"id\":\"p1\",\"programmes\":[{\"programme\":\"g1\","
                        + "\"state\":\"done\"}]}", Codes.SCHEMA_ENUM),
                broken("a programme without a state", "{\"id\":\"p1\",\"programmes\":[{\"programme\":\"g1\"}]}",
                        Codes.SCHEMA_REQUIRED),
                broken("facts that are a list", "{\"id\":\"p1\",\"facts\":[]}", Codes.SCHEMA_TYPE),
                broken("a fact name starting with a digit", "{\"id\":\"p1\",\"facts\":{\"1st\":1}}",
                        Codes.SCHEMA_PATTERN),
                broken("a fact that is true", "{\"id\":\"p1\",\"facts\":{\"ok\":true}}", Codes.SCHEMA_TYPE),
                broken("an empty text fact", "{\"id\":\"p1\",\"facts\":{\"band\":\"\"}}", Codes.SCHEMA_RANGE),
                broken("a text fact of 501 characters", "{\"id\":\"p1\",\"facts\":{\"band\":\"" + "b".repeat(501)
                        + "\"}}", Codes.SCHEMA_RANGE),
                broken("a key given twice", "{\"id\":\"p1\",\"id\":\"p2\"}", Codes.JSON_DUPLICATE_KEY),
                broken("a fact given twice", "{\"id\":\"p1\",\"facts\":{\"a\":1,\"a\":2}}", Codes.JSON_DUPLICATE_KEY),
                broken("a lone surrogate", "{\"id\":\"p1\",\"x-a\":\"\\ud800\"}", Codes.JSON_LONE_SURROGATE),
                broken("content after the object", "{\"id\":\"p1\"} {}", Codes.JSON_SYNTAX),
                broken("an object not closed", "{\"id\":\"p1\"", Codes.JSON_SYNTAX));
    }

    private static Arguments broken(String what, String line, String code) {
        return Arguments.of(what, line, code);
    }

    private static String rating(String fields) {
        return "{\"id\":\"p1\",\"ratings\":[{" + fields + "}]}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void aLineAgainstTheSchemaIsDeclinedAndTheFullPathReportsIt(String what, String line, String code) {
        assertThat(new PersonLineFastPath(Limits.defaults()).read(line)).as(what).isEmpty();
        CohortPaths.Streamed streamed = CohortPaths.stream(DocumentLoader.create(), line, null, null);
        assertThat(streamed.people()).isEmpty();
        assertThat(streamed.report().errors()).extracting(Issue::code).contains(code);
        assertThat(streamed).isEqualTo(CohortPaths.stream(CohortPaths.fullPathOnly(Limits.defaults()), line, null,
                null));
    }

    static Stream<Arguments> linesBeyondALimit() {
        return Stream.of(
                Arguments.of(Limits.defaults().withMaxDepth(2), VALID, Codes.JSON_TOO_DEEP),
                Arguments.of(Limits.defaults().withMaxArrayLength(1), "{\"id\":\"p1\",\"ratings\":[" + RATING + ","
                        + RATING + "]}", Codes.JSON_ARRAY_TOO_LONG),
                Arguments.of(Limits.defaults().withMaxNumberLength(3), "{\"id\":\"p1\",\"facts\":{\"hours\":1234}}",
                        Codes.JSON_NUMBER_TOO_LONG),
                Arguments.of(Limits.defaults().withMaxStringLength(5), "{\"id\":\"p1\",\"x-note\":\"longer\"}",
                        Codes.JSON_STRING_TOO_LONG),
                Arguments.of(Limits.defaults().withMaxStringLength(5), "{\"id\":\"p1\",\"x-longer\":1}",
                        Codes.JSON_STRING_TOO_LONG));
    }

    @ParameterizedTest
    @MethodSource("linesBeyondALimit")
    void aLineBeyondALimitIsDeclinedAndTheFullPathReportsIt(Limits limits, String line, String code) {
        assertThat(new PersonLineFastPath(limits).read(line)).isEmpty();
        CohortPaths.Streamed streamed = CohortPaths.stream(DocumentLoader.create(limits), line, null, null);
        assertThat(streamed.report().errors()).extracting(Issue::code).containsExactly(code);
        assertThat(streamed).isEqualTo(CohortPaths.stream(CohortPaths.fullPathOnly(limits), line, null, null));
    }

    @ParameterizedTest
    @MethodSource("unusualValidLines")
    void aValidButUnusualLineIsDeclinedAndLoadsAsBefore(String line) {
        assertThat(new PersonLineFastPath(Limits.defaults()).read(line)).isEmpty();
        CohortPaths.Streamed streamed = CohortPaths.stream(DocumentLoader.create(), line, null, null);
        assertThat(streamed.report().issues()).isEmpty();
        assertThat(streamed.people()).hasSize(1);
    }

    static Stream<String> unusualValidLines() {
        return Stream.of(
                "{\"id\":\"p1\",\"facts\":{\"big\":1E+400}}",
                "{\"id\":\"p1\",\"facts\":{\"huge\":123456789012345678901234567890}}",
                "{\"id\":\"p1\",\"x-data\":{\"a\":[1,2]}}",
                "{\"id\":\"p1\",\"facts\":{\"note\":\"\\ud83d\\ude00\"}}");
    }

    @Test
    void aValidLineIsAcceptedWithEveryPartBound() {
        Person person = new PersonLineFastPath(Limits.defaults()).read(VALID).orElseThrow();
        CohortPaths.Streamed full = CohortPaths.stream(CohortPaths.fullPathOnly(Limits.defaults()), VALID, null, null);
        assertThat(full.report().issues()).isEmpty();
        assertThat(full.people()).containsExactly(person);
        assertThat(person.ratings()).hasSize(1);
        assertThat(person.evidence()).hasSize(1);
        assertThat(person.programmes()).hasSize(1);
        assertThat(person.numbers()).containsOnlyKeys("hours", "score");
        assertThat(person.numbers().get("score")).hasToString("1.50");
        assertThat(person.strings()).containsEntry("band", "8a");
        assertThat(person.extensions().asMap()).containsEntry("x-note", "\"kept\"");
    }

    @Test
    void theFastPathAcceptsEveryShippedExamplePerson() throws IOException {
        PersonLineFastPath fast = new PersonLineFastPath(Limits.defaults());
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("../examples/people"))) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int people = 0;
        for (Path file : files) {
            List<Person> cohort = DocumentLoader.create().loadCohort(file).orThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DocumentWriter.create().writeLines(cohort, out);
            List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(fast.read(lines.get(i))).as("%s, person %d", file, i).contains(cohort.get(i));
                people++;
            }
        }
        assertThat(people).isGreaterThan(20);
    }
}
