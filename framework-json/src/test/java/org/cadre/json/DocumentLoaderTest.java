package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.json.Reports.only;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.InvalidDocumentException;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on good input and on each kind of bad input: a model or a clear report, never an exception. */
class DocumentLoaderTest {

    private final DocumentLoader loader = DocumentLoader.create();

    private Report reportOf(String json) {
        LoadResult<Framework> result = loader.loadFramework(json, "test.json");
        assertThat(result.isValid()).as("expected the document to be invalid").isFalse();
        assertThat(result.value()).isEmpty();
        for (Issue issue : result.report().issues()) {
            assertThat(issue.line()).as("line of %s", issue).isPositive();
            assertThat(issue.column()).as("column of %s", issue).isPositive();
        }
        return result.report();
    }

    @Test
    void loadsAValidFrameworkWithItsTreeScalesAndProgrammes() {
        LoadResult<Framework> result = loader.loadFramework(Docs.VALID, "ward.json");

        assertThat(result.report().errors()).isEmpty();
        Framework framework = result.orThrow();
        assertThat(framework.id()).isEqualTo("ward");
        assertThat(framework.language()).isEqualTo("en");
        assertThat(framework.children("people")).extracting(c -> c.id())
                .containsExactly("people.huddle", "people.feedback");
        assertThat(framework.effectiveScale("people.huddle").orElseThrow().id()).isEqualTo("three");
        assertThat(framework.competency("people.huddle").orElseThrow().indicators("good"))
                .containsExactly("Keeps it short.");
        assertThat(framework.programme("shift-lead").orElseThrow().targetProfile())
                .containsEntry("people.huddle", "good");
    }

    @Test
    void keepsExtensionFieldsAsJsonText() {
        Framework framework = loader.loadFramework(Docs.VALID, "ward.json").orThrow();

        assertThat(framework.competency("people.feedback").orElseThrow().extensions().json("x-owner"))
                .contains("{\"team\":\"ward 7\"}");
    }

    @Test
    void reportsAnEmptyDocument() {
        assertThat(only(reportOf(""), Codes.INPUT_EMPTY).message()).contains("empty");
        assertThat(only(reportOf("  \n\t "), Codes.INPUT_EMPTY).pointer()).isEmpty();
    }

    @Test
    void reportsTextThatIsNotJsonWithItsLineAndColumn() {
        Issue issue = only(reportOf("{\n  \"kind\": \"framework\",\n  \"id\" \"x\"\n}"), Codes.JSON_SYNTAX);

        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.column()).isEqualTo(8);
        assertThat(issue.message()).startsWith("the document is not well-formed JSON");
    }

    @Test
    void reportsADocumentThatEndsTooSoon() {
        Issue issue = only(reportOf("{\"kind\": \"framework\", \"scales\": ["), Codes.JSON_SYNTAX);

        assertThat(issue.message()).contains("not well-formed JSON");
    }

    @Test
    void reportsContentAfterTheDocument() {
        Issue issue = only(reportOf("{} {}"), Codes.JSON_SYNTAX);

        assertThat(issue.message()).contains("after the end of the document");
        assertThat(issue.column()).isEqualTo(4);
    }

    @Test
    void reportsBytesThatAreNotUtf8WithTheirPosition() {
        byte[] bytes = "{\n  \"title\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        Report report = loader.loadFramework(bytes, "latin1.json").report();

        Issue issue = only(report, Codes.INPUT_ENCODING);
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.column()).isEqualTo(16);
        assertThat(issue.message()).contains("0xE9").contains("UTF-8");
    }

    @Test
    void reportsUtf16AsNotUtf8() {
        byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE);

        assertThat(only(loader.loadFramework(bytes, "utf16.json").report(), Codes.INPUT_ENCODING).message())
                .contains("UTF-16");
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        byte[] body = Docs.VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(loader.loadFramework(bytes, "bom.json").isValid()).isTrue();
    }

    @Test
    void reportsADocumentThatIsNotAnObject() {
        assertThat(only(reportOf("[1, 2]"), Codes.DOCUMENT_KIND).message()).contains("array, not an object");
    }

    @Test
    void reportsAMissingKind() {
        Issue issue = only(reportOf("{\"formatVersion\": \"1.0\"}"), Codes.DOCUMENT_KIND);

        assertThat(issue.message()).contains("has no \"kind\"").contains("\"framework\"");
    }

    @Test
    void reportsAnUnknownKind() {
        Issue issue = only(reportOf(Docs.replace("\"kind\": \"framework\"", "\"kind\": \"frame\"")),
                Codes.DOCUMENT_KIND);

        assertThat(issue.pointer()).isEqualTo("/kind");
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.message()).contains("\"frame\"");
    }

    @Test
    void reportsAnUnsupportedFormatVersion() {
        Issue issue = only(reportOf(Docs.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"")),
                Codes.DOCUMENT_FORMAT_VERSION);

        assertThat(issue.pointer()).isEqualTo("/formatVersion");
        assertThat(issue.message()).contains("\"2.0\"").contains("\"1.0\"");
    }

    @Test
    void reportsEveryMissingRequiredFieldAtTheObjectThatLacksIt() {
        Report report = reportOf(Docs.replace("\"title\": \"Ward leadership\",", "")
                .replace("{\"id\": \"good\", \"label\": \"Good\", \"rank\": 2}", "{\"id\": \"good\", \"rank\": 2}"));

        List<Issue> required = report.issues().stream().filter(i -> i.code().equals(Codes.SCHEMA_REQUIRED)).toList();
        assertThat(required).extracting(Issue::pointer).containsExactlyInAnyOrder("", "/scales/0/levels/1");
        assertThat(required).extracting(Issue::message).anySatisfy(m -> assertThat(m)
                .contains("level [good] of scale [three]").contains("\"label\""));
    }

    @Test
    void reportsAValueOfTheWrongType() {
        Issue issue = only(reportOf(Docs.replace("\"rank\": 3", "\"rank\": \"3\"")), Codes.SCHEMA_TYPE);

        assertThat(issue.pointer()).isEqualTo("/scales/0/levels/2/rank");
        assertThat(issue.line()).isEqualTo(14);
        assertThat(issue.message()).contains("whole number").contains("\"3\"");
    }

    @Test
    void reportsAnUnknownFieldWithASuggestionButKeepsXFields() {
        Issue issue = only(reportOf(Docs.replace("\"kind\": \"domain\"", "\"knid\": \"domain\"")),
                Codes.SCHEMA_UNKNOWN_FIELD);

        assertThat(issue.pointer()).isEqualTo("/competencies/0/knid");
        assertThat(issue.message()).contains("competency [people]").contains("\"knid\"")
                .contains("Did you mean \"kind\"?").contains("\"x-\"");
    }

    @Test
    void reportsAnIdThatBreaksThePattern() {
        Issue issue = only(reportOf(Docs.replace("\"id\": \"people\",", "\"id\": \"leading people\",")),
                Codes.SCHEMA_PATTERN);

        assertThat(issue.pointer()).isEqualTo("/competencies/0/id");
        assertThat(issue.message()).contains("\"leading people\"").contains("letter or digit");
    }

    @Test
    void reportsAValueOutsideItsEnum() {
        Issue issue = only(reportOf(Docs.replace("\"unit\": \"weeks\"", "\"unit\": \"fortnights\"")),
                Codes.SCHEMA_ENUM);

        assertThat(issue.pointer()).isEqualTo("/programmes/0/duration/unit");
        assertThat(issue.message()).contains("\"fortnights\"").contains("\"weeks\"");
    }

    @Test
    void reportsAnUnknownRuleFormWithASuggestion() {
        Issue issue = only(reportOf(Docs.replace("\"title\": \"Shift leader course\",",
                "\"title\": \"Shift leader course\", \"entry\": {\"levle\": {\"competency\": \"people.huddle\","
                        + " \"atLeast\": \"good\"}},")), Codes.SCHEMA_UNKNOWN_FIELD);

        assertThat(issue.pointer()).isEqualTo("/programmes/0/entry/levle");
        assertThat(issue.message()).contains("programme [shift-lead]").contains("\"levle\"")
                .contains("Did you mean \"level\"?");
    }

    @Test
    void reportsADuplicateKeyAtTheSecondOccurrence() {
        Issue issue = only(reportOf(Docs.replace("\"version\": \"1.0.0\",",
                "\"version\": \"1.0.0\",\n  \"version\": \"1.0.1\",")), Codes.JSON_DUPLICATE_KEY);

        assertThat(issue.pointer()).isEqualTo("/version");
        assertThat(issue.line()).isEqualTo(6);
        assertThat(issue.message()).contains("\"version\"").contains("twice");
    }

    @Test
    void reportsDuplicateIdsDanglingReferencesAndCyclesTogether() {
        String json = Docs.replace("\"title\": \"Running the huddle\", \"parent\": \"people\"",
                        "\"title\": \"Running the huddle\", \"parent\": \"peeple\"")
                .replace("{\"id\": \"people.feedback\"", "{\"id\": \"people.huddle\"")
                .replace("\"targetProfile\": {\"people.huddle\": \"good\"}",
                        "\"targetProfile\": {\"people.huddle\": \"great\"}, \"leadsTo\": [\"shift-lead\"]");

        Report report = reportOf(json);

        assertThat(only(report, Codes.COMPETENCY_PARENT_UNKNOWN).message()).contains("[peeple]")
                .contains("did you mean [people]?");
        assertThat(only(report, Codes.COMPETENCY_DUPLICATE_ID).pointer()).isEqualTo("/competencies/2/id");
        assertThat(only(report, Codes.TARGET_LEVEL_UNKNOWN).pointer())
                .isEqualTo("/programmes/0/targetProfile/people.huddle");
        assertThat(only(report, Codes.PROGRAMME_CYCLE).pointer()).isEqualTo("/programmes/0/leadsTo/0");
    }

    @Test
    void reportsACycleInTheCompetencyTree() {
        Issue issue = only(reportOf(Docs.replace("{\"id\": \"people\", \"title\": \"Leading people\",",
                "{\"id\": \"people\", \"parent\": \"people.huddle\", \"title\": \"Leading people\",")),
                Codes.COMPETENCY_CYCLE);

        assertThat(issue.pointer()).isEqualTo("/competencies/0/parent");
        assertThat(issue.message()).contains("[people] → [people.huddle] → [people]");
    }

    @Test
    void warnsAboutSuspiciousButLegalThingsWithoutFailing() {
        String json = Docs.replace("\"indicators\": {\"basic\": [\"Thanks people for specific work.\"]}, ", "")
                .replace("  ],\n  \"competencies\"", "  , {\"id\": \"spare\", \"title\": \"Unused\", \"levels\": "
                        + "[{\"id\": \"x\", \"label\": \"X\", \"rank\": 1}]}],\n  \"competencies\"");

        LoadResult<Framework> result = loader.loadFramework(json, "warn.json");

        assertThat(result.isValid()).isTrue();
        assertThat(result.report().warnings()).extracting(Issue::code)
                .containsExactlyInAnyOrder(Codes.COMPETENCY_NO_INDICATORS, Codes.SCALE_UNUSED);
    }

    @Test
    void refusesADocumentOverTheSizeLimitWithoutReadingItAll() {
        DocumentLoader small = DocumentLoader.create(Limits.defaults().withMaxDocumentBytes(100));
        byte[] huge = new byte[10_000_000];
        java.util.Arrays.fill(huge, (byte) ' ');
        ByteArrayInputStream in = new ByteArrayInputStream(huge);

        Report report = small.loadFramework(in, "big.json").report();

        assertThat(only(report, Codes.INPUT_TOO_LARGE).message()).contains("100 bytes");
        assertThat(in.available()).as("bytes left unread").isGreaterThan(9_000_000);
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        Issue issue = only(reportOf(deep), Codes.JSON_TOO_DEEP);

        assertThat(issue.message()).contains("64");
        assertThat(issue.column()).as("the 65th bracket").isEqualTo(65);
    }

    @Test
    void refusesAStringLongerThanTheLimit() {
        String json = Docs.replace("\"title\": \"Ward leadership\"", "\"title\": \"" + "a".repeat(100_001) + "\"");

        Issue issue = only(reportOf(json), Codes.JSON_STRING_TOO_LONG);

        assertThat(issue.pointer()).isEqualTo("/title");
        assertThat(issue.message()).contains("100,001").contains("100,000");
    }

    @Test
    void refusesANumberLongerThanTheLimitAndReportsAHugeRankAsOutOfRange() {
        Issue tooLong = only(reportOf(Docs.replace("\"rank\": 3", "\"rank\": 3" + "0".repeat(200))),
                Codes.JSON_NUMBER_TOO_LONG);
        assertThat(tooLong.pointer()).isEqualTo("/scales/0/levels/2/rank");

        Issue outOfRange = only(reportOf(Docs.replace("\"rank\": 3", "\"rank\": 3" + "0".repeat(50))),
                Codes.SCHEMA_RANGE);
        assertThat(outOfRange.message()).contains("at most 1000");
    }

    @Test
    void refusesAnArrayLongerThanTheLimit() {
        DocumentLoader small = DocumentLoader.create(Limits.defaults().withMaxArrayLength(10));
        String json = Docs.replace("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", \"x-big\": ["
                + "0,".repeat(20) + "0],");

        Report report = small.loadFramework(json, "t.json").report();

        assertThat(only(report, Codes.JSON_ARRAY_TOO_LONG).pointer()).isEqualTo("/x-big/10");
    }

    @Test
    void capsTheNumberOfIssuesAndSaysHowManyMore() {
        DocumentLoader capped = DocumentLoader.create(Limits.defaults().withMaxIssues(3));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            keys.append("\"bad").append(i).append("\": 1, ");
        }
        Report report = capped.loadFramework(Docs.replace("\"id\": \"ward\",", keys + "\"id\": \"ward\","),
                "t.json").report();

        assertThat(report.issues()).hasSize(4);
        assertThat(report.issues().get(3).code()).isEqualTo(Codes.REPORT_TRUNCATED);
        assertThat(report.issues().get(3).message()).contains("7 more issues");
    }

    @Test
    void validateDetectsTheKindAndReportsWarningsForAValidDocument() {
        Report report = loader.validate(Docs.VALID.getBytes(StandardCharsets.UTF_8), "ward.json");

        assertThat(report.isValid()).isTrue();
        assertThat(report.source()).isEqualTo("ward.json");
    }

    @Test
    void orThrowCarriesTheWholeReport() {
        LoadResult<Framework> result = loader.loadFramework("{}", "t.json");

        assertThatThrownBy(result::orThrow).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("t.json")
                .satisfies(e -> assertThat(((InvalidDocumentException) e).report()).isEqualTo(result.report()));
    }

    @Test
    void throwsOnlyForAFileThatCannotBeRead(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.loadFramework(dir.resolve("missing.json")))
                .isInstanceOf(CadreException.class).hasMessageContaining("missing.json");
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ward.json");
        Files.writeString(file, Docs.VALID);

        assertThat(loader.loadFramework(file).orThrow().id()).isEqualTo("ward");
        assertThat(loader.validate(file).source()).isEqualTo(file.toString());
    }

    @Test
    void neverFetchesTheSchemaNamedInTheDocument() {
        String json = Docs.replace("{\n  \"kind\"", "{\n  \"$schema\": \"http://127.0.0.1:9/never.json\",\n  \"kind\"");

        assertThat(loader.loadFramework(json, "t.json").isValid()).isTrue();
    }
}
