package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.json.Reports.only;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cadre.model.Framework;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/** Person and cohort documents: every part both ways, the checks against a framework, and each mistake. */
class PersonDocumentTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private final DocumentLoader loader = DocumentLoader.create();

    static final String PERSON = """
            {
              "kind": "person",
              "formatVersion": "1.0",
              "id": "p-0001",
              "ratings": [
                {"competency": "people.huddle", "level": "good", "source": "manager", "rater": "m-7", "date": "2025-11-04"},
                {"competency": "people.feedback", "level": "expert", "source": "self", "date": "2026-01-15"}
              ],
              "evidence": [
                {"competency": "people.huddle", "kind": "360-feedback", "source": "peer", "date": "2025-10-01",
                 "reference": "hr://doc/1"}
              ],
              "programmes": [
                {"programme": "shift-lead", "state": "completed", "start": "2025-01-06", "end": "2025-02-14"}
              ],
              "facts": {"practiceHours": 1520.50, "band": "6"},
              "x-team": {"ward": 7}
            }
            """;

    private static String replace(String from, String to) {
        if (!PERSON.contains(from)) {
            throw new AssertionError("the test document does not contain: " + from);
        }
        return PERSON.replace(from, to);
    }

    private static Framework framework() {
        return DocumentLoader.create().loadFramework(RuleDocumentTest.RULES, "rules.json").orThrow();
    }

    private Report reportOf(String json) {
        LoadResult<Person> result = loader.loadPerson(json, "person.json");
        assertThat(result.isValid()).as("expected the document to be invalid").isFalse();
        assertThat(result.report().issues()).allSatisfy(issue -> assertThat(issue.line()).isPositive());
        return result.report();
    }

    @Test
    void loadsEveryPartOfAPerson() {
        LoadResult<Person> result = loader.loadPerson(PERSON, "person.json");
        assertThat(result.report().issues()).isEmpty();
        Person person = result.orThrow();

        assertThat(person.id()).isEqualTo("p-0001");
        assertThat(person.ratings()).containsExactly(
                new Rating("people.huddle", "good", RaterSource.MANAGER, Optional.of("m-7"), LocalDate.of(2025, 11, 4)),
                Rating.of("people.feedback", "expert", RaterSource.SELF, LocalDate.of(2026, 1, 15)));
        assertThat(person.evidence()).containsExactly(new Evidence("people.huddle", "360-feedback",
                Optional.of(RaterSource.PEER), LocalDate.of(2025, 10, 1), Optional.of("hr://doc/1")));
        assertThat(person.programmes()).containsExactly(new ProgrammeRecord("shift-lead", ProgrammeState.COMPLETED,
                Optional.of(LocalDate.of(2025, 1, 6)), Optional.of(LocalDate.of(2025, 2, 14))));
        assertThat(person.numbers()).containsExactly(java.util.Map.entry("practiceHours", new BigDecimal("1520.50")));
        assertThat(person.strings()).containsExactly(java.util.Map.entry("band", "6"));
        assertThat(person.extensions().json("x-team")).contains("{\"ward\":7}");
    }

    @Test
    void writesAPersonThatLoadsBackEqual() {
        Person person = loader.loadPerson(PERSON, "person.json").orThrow();

        String written = DocumentWriter.create().write(person);

        assertThat(written).startsWith("{\n  \"$schema\": \"https://cadre.org/schemas/1.0/person.schema.json\",\n"
                + "  \"kind\": \"person\",\n  \"formatVersion\": \"1.0\",\n  \"id\": \"p-0001\",\n  \"ratings\": [")
                .contains("\"practiceHours\": 1520.50").endsWith("\"x-team\": {\n    \"ward\": 7\n  }\n}\n");
        assertThat(loader.loadPerson(written, "written.json").orThrow()).isEqualTo(person);
    }

    @Test
    void reportsADateNotWrittenYearMonthDay() {
        Issue issue = only(reportOf(replace("\"2025-11-04\"", "\"2025-11-4\"")), Codes.SCHEMA_PATTERN);

        assertThat(issue.pointer()).isEqualTo("/ratings/0/date");
        assertThat(issue.message()).contains("rating #0").contains("\"2025-11-4\"").contains("YYYY-MM-DD");
    }

    @Test
    void reportsADateThatIsNotOnTheCalendarAtItsPlaceInsteadOfThrowing() {
        Report report = reportOf(replace("\"end\": \"2025-02-14\"", "\"end\": \"2026-02-29\""));

        Issue issue = only(report, Codes.SCHEMA_PATTERN);
        assertThat(issue.pointer()).isEqualTo("/programmes/0/end");
        assertThat(issue.line()).isEqualTo(14);
        assertThat(issue.message()).contains("\"2026-02-29\" is not on the calendar").contains("February 2026 has 28 days");
        assertThat(loader.loadPerson(replace("\"end\": \"2025-02-14\"", "\"end\": \"2024-02-29\""), "leap.json")
                .isValid()).as("29 February of a leap year").isTrue();
    }

    @Test
    void reportsAnUnknownRaterSourceWithTheAllowedOnes() {
        Issue issue = only(reportOf(replace("\"source\": \"manager\"", "\"source\": \"boss\"")), Codes.SCHEMA_ENUM);

        assertThat(issue.pointer()).isEqualTo("/ratings/0/source");
        assertThat(issue.message()).contains("\"boss\"").contains("\"direct-report\"");
    }

    @Test
    void reportsAMisspeltFieldOfARatingWithASuggestion() {
        Issue issue = only(reportOf(replace("\"rater\": \"m-7\"", "\"ratr\": \"m-7\"")), Codes.SCHEMA_UNKNOWN_FIELD);

        assertThat(issue.pointer()).isEqualTo("/ratings/0/ratr");
        assertThat(issue.message()).contains("Did you mean \"rater\"?");
    }

    @Test
    void refusesADocumentOfAnotherKind() {
        Issue issue = only(reportOf(Docs.VALID), Codes.DOCUMENT_KIND);

        assertThat(issue.message()).contains("expected a person document").contains("\"framework\"");
    }

    @Test
    void checksAPersonAgainstAFrameworkWithLinesAndColumns() {
        String json = replace("\"level\": \"good\"", "\"level\": \"god\"").replace("\"band\": \"6\"", "\"band\": \"9\"");

        LoadResult<Person> result = loader.loadPerson(json, "person.json", framework(), AS_OF);

        assertThat(result.isValid()).isFalse();
        Issue level = only(result.report(), Codes.PERSON_LEVEL_UNKNOWN);
        assertThat(level.pointer()).isEqualTo("/ratings/0/level");
        assertThat(level.line()).isEqualTo(6);
        assertThat(level.column()).isEqualTo(json.lines().toList().get(5).indexOf("\"god\"") + 1);
        assertThat(level.message()).contains("did you mean [good]?");
        assertThat(only(result.report(), Codes.PERSON_FACT_VALUE).pointer()).isEqualTo("/facts/band");
    }

    @Test
    void aPersonWithOnlyWarningsAgainstTheFrameworkIsValid() {
        LoadResult<Person> result = loader.loadPerson(replace("\"band\": \"6\"", "\"band\": \"6\", \"bnad\": \"6\""),
                "person.json", framework(), AS_OF);

        assertThat(result.isValid()).isTrue();
        assertThat(result.report().warnings()).extracting(Issue::code).containsExactly(Codes.PERSON_FACT_UNKNOWN);
    }

    @Test
    void checkPersonReportsWithoutPositions() {
        Person person = loader.loadPerson(PERSON, "person.json").orThrow();

        Report report = loader.checkPerson(framework(), person, LocalDate.of(2026, 1, 1));

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.PERSON_DATE_FUTURE, "/ratings/1/date"));
        assertThat(report.issues()).noneMatch(Issue::hasPosition);
    }

    static final String COHORT = """
            {
              "kind": "cohort",
              "formatVersion": "1.0",
              "people": [
                {"id": "a", "ratings": [{"competency": "people.huddle", "level": "good", "source": "manager",
                                         "date": "2025-11-04"}]},
                {"id": "b", "kind": "person", "formatVersion": "1.0", "facts": {"band": "7"}},
                {"id": "c"}
              ]
            }
            """;

    @Test
    void loadsACohortInOrder() {
        LoadResult<List<Person>> result = loader.loadCohort(COHORT, "cohort.json");

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.orThrow()).extracting(Person::id).containsExactly("a", "b", "c");
        List<Person> back = loader.loadCohort(DocumentWriter.create().write(result.orThrow()), "w.json").orThrow();
        assertThat(back).isEqualTo(result.orThrow());
    }

    @Test
    void reportsTwoPeopleWithTheSameIdInACohort() {
        LoadResult<List<Person>> result = loader.loadCohort(COHORT.replace("{\"id\": \"c\"}", "{\"id\": \"a\"}"),
                "cohort.json");

        assertThat(result.isValid()).isFalse();
        Issue issue = only(result.report(), Codes.PERSON_DUPLICATE_ID);
        assertThat(issue.pointer()).isEqualTo("/people/2/id");
        assertThat(issue.line()).isEqualTo(8);
        assertThat(issue.message()).contains("[a]").contains("/people/0");
    }

    @Test
    void checksACohortsPeopleAgainstThePersonSchemaItRefersTo() {
        Report report = loader.loadCohort(COHORT.replace("\"source\": \"manager\"", "\"source\": \"managr\"")
                .replace("{\"id\": \"c\"}", "{\"id\": \"c\", \"nmae\": \"x\"}"), "cohort.json").report();

        assertThat(only(report, Codes.SCHEMA_ENUM).pointer()).isEqualTo("/people/0/ratings/0/source");
        Issue unknown = only(report, Codes.SCHEMA_UNKNOWN_FIELD);
        assertThat(unknown.pointer()).isEqualTo("/people/2/nmae");
        assertThat(unknown.message()).contains("person [c]").contains("Known fields:").contains("ratings");
    }

    @Test
    void checksACohortAgainstAFrameworkWithPointersIntoEachPerson() {
        LoadResult<List<Person>> result = loader.loadCohort(COHORT.replace("\"band\": \"7\"", "\"band\": 7"),
                "cohort.json", framework(), AS_OF);

        assertThat(result.isValid()).isFalse();
        Issue issue = only(result.report(), Codes.PERSON_FACT_TYPE);
        assertThat(issue.pointer()).isEqualTo("/people/1/facts/band");
        assertThat(issue.line()).isEqualTo(7);
    }

    @Test
    void validateDetectsPersonAndCohortDocuments() {
        assertThat(loader.validate(PERSON.getBytes(StandardCharsets.UTF_8), "p.json").issues()).isEmpty();
        assertThat(loader.validate(COHORT.getBytes(StandardCharsets.UTF_8), "c.json").issues()).isEmpty();
        assertThat(loader.validate(replace("\"2025-11-04\"", "\"2025-13-04\"").getBytes(StandardCharsets.UTF_8),
                "p.json").has(Codes.SCHEMA_PATTERN)).isTrue();
        assertThat(loader.validate(COHORT.replace("{\"id\": \"c\"}", "{\"id\": \"b\"}").getBytes(StandardCharsets.UTF_8),
                "c.json").has(Codes.PERSON_DUPLICATE_ID)).isTrue();
    }

    @Test
    void neverFetchesASchemaNamedInAPersonOrCohortDocument() {
        String person = replace("\"kind\": \"person\",", "\"$schema\": \"http://127.0.0.1:9/never.json\", \"kind\": \"person\",");
        String cohort = COHORT.replace("\"kind\": \"cohort\",", "\"$schema\": \"http://127.0.0.1:9/never.json\","
                + " \"kind\": \"cohort\",");

        assertThat(loader.loadPerson(person, "p.json").isValid()).isTrue();
        assertThat(loader.loadCohort(cohort, "c.json").isValid()).isTrue();
        assertThat(Schemas.text(DocumentKind.COHORT))
                .contains("\"$ref\": \"https://cadre.org/schemas/1.0/person.schema.json#/$defs/person\"");
    }
}
