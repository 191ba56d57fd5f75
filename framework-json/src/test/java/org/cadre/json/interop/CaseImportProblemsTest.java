package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cadre.model.Framework;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

/** Bad packages give reports with a code, a pointer into the package, a line and a column. */
class CaseImportProblemsTest {

    private static final String DOC = "d0000000-0000-0000-0000-000000000000";

    private static ImportResult read(String text) {
        return CaseImport.create().read(text.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static String item(String identifier, String code) {
        return "{\"identifier\": \"" + identifier + "\", \"uri\": \"https://x.org/CFItems/" + identifier
                + "\", \"fullStatement\": \"Statement " + code + "\", \"humanCodingScheme\": \"" + code
                + "\", \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\"}";
    }

    private static String association(String identifier, String type, String origin, String destination) {
        return "{\"identifier\": \"" + identifier + "\", \"uri\": \"https://x.org/CFAssociations/" + identifier
                + "\", \"associationType\": \"" + type + "\",\n"
                + " \"originNodeURI\": {\"title\": \"o\", \"identifier\": \"" + origin + "\", \"uri\": \"https://x.org/"
                + origin + "\"},\n \"destinationNodeURI\": {\"title\": \"d\", \"identifier\": \"" + destination
                + "\", \"uri\": \"https://x.org/" + destination + "\"},"
                + " \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\"}";
    }

    private static String pkg(String items, String associations) {
        return "{\"CFDocument\": {\"identifier\": \"" + DOC + "\", \"uri\": \"https://x.org/CFDocuments/" + DOC
                + "\", \"creator\": \"Tests\", \"title\": \"Test\", \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\"},\n"
                + "\"CFItems\": [\n" + items + "\n],\n\"CFAssociations\": [\n" + associations + "\n]}";
    }

    private static final String A = "a0000000-0000-0000-0000-00000000000a";
    private static final String B = "b0000000-0000-0000-0000-00000000000b";

    @Test
    void aCadreDocumentIsNotACasePackage() {
        ImportResult result = read("{\"kind\": \"framework\", \"id\": \"x\"}");

        assertThat(result.isValid()).isFalse();
        Issue issue = result.report().errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.CASE_NOT_CASE);
        assertThat(issue.message()).contains("CFDocument", "Cadre document of kind [framework]");
        assertThat(issue.line()).isEqualTo(1);
    }

    @Test
    void brokenJsonIsAJsonSyntaxError() {
        ImportResult result = read("{\"CFDocument\": ");

        assertThat(result.report().errors()).extracting(Issue::code).containsExactly(Codes.JSON_SYNTAX);
    }

    @Test
    void anAssociationToAMissingItemIsDanglingWithItsLocation() {
        String missing = "c0000000-0000-0000-0000-00000000000c";
        ImportResult result = read(pkg(item(A, "A"), association("e0000000-0000-0000-0000-000000000001",
                "isChildOf", A, missing)));

        assertThat(result.isValid()).isFalse();
        Issue issue = result.report().errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.CASE_ASSOCIATION_DANGLING);
        assertThat(issue.pointer()).isEqualTo("/CFAssociations/0/destinationNodeURI/identifier");
        assertThat(issue.line()).isEqualTo(8);
        assertThat(issue.message()).contains(missing);
    }

    @Test
    void isChildOfCyclesAreReported() {
        ImportResult result = read(pkg(item(A, "A") + ",\n" + item(B, "B"),
                association("e0000000-0000-0000-0000-000000000001", "isChildOf", A, B) + ",\n"
                        + association("e0000000-0000-0000-0000-000000000002", "isChildOf", B, A)));

        assertThat(result.report().errors()).extracting(Issue::code).containsExactly(Codes.CASE_CYCLE);
        assertThat(result.report().errors().get(0).message()).contains("cycle", A, B);
        assertThat(result.report().errors().get(0).pointer()).startsWith("/CFAssociations/");
    }

    @Test
    void duplicateIdentifiersAreReported() {
        ImportResult result = read(pkg(item(A, "A") + ",\n" + item(A, "B"), ""));

        Issue issue = result.report().errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.CASE_DUPLICATE_IDENTIFIER);
        assertThat(issue.pointer()).isEqualTo("/CFItems/1/identifier");
        assertThat(issue.line()).isEqualTo(4);
        assertThat(issue.message()).contains("/CFItems/0");
    }

    @Test
    void anItemWithoutAStatementIsInvalid() {
        ImportResult result = read(pkg("{\"identifier\": \"" + A + "\"}", ""));

        assertThat(result.report().errors()).extracting(Issue::code, Issue::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.CASE_INVALID, "/CFItems/0"));
    }

    @Test
    void aSecondParentIsKeptWithAWarning() {
        String c = "c0000000-0000-0000-0000-00000000000c";
        ImportResult result = read(pkg(item(A, "A") + ",\n" + item(B, "B") + ",\n" + item(c, "C"),
                association("e0000000-0000-0000-0000-000000000001", "isChildOf", c, A) + ",\n"
                        + association("e0000000-0000-0000-0000-000000000002", "isChildOf", c, B)));

        Framework framework = result.orThrow();
        assertThat(result.report().warnings()).extracting(Issue::code).contains(Codes.CASE_MULTIPLE_PARENTS);
        assertThat(framework.competency("C").orElseThrow().parent()).hasValue("A");
        assertThat(framework.competency("C").orElseThrow().extensions().json("x-case"))
                .hasValueSatisfying(json -> assertThat(json).contains("e0000000-0000-0000-0000-000000000002"));
    }

    @Test
    void rubricsBecomeScalesAndTheirItemCriteriaIndicators() {
        String rubric = ",\n\"CFRubrics\": [{\"identifier\": \"f0000000-0000-0000-0000-000000000001\","
                + " \"uri\": \"https://x.org/r\", \"title\": \"Mastery\", \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\","
                + " \"CFRubricCriteria\": [{\"identifier\": \"f0000000-0000-0000-0000-000000000002\", \"uri\": \"https://x.org/c\","
                + " \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\", \"CFItemURI\": {\"title\": \"A\", \"identifier\": \""
                + A + "\", \"uri\": \"https://x.org/a\"}, \"CFRubricCriterionLevels\": ["
                + "{\"identifier\": \"f0000000-0000-0000-0000-000000000004\", \"uri\": \"https://x.org/l2\","
                + " \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\", \"quality\": \"Secure\", \"position\": 2,"
                + " \"description\": \"Explains ratios to others\"},"
                + "{\"identifier\": \"f0000000-0000-0000-0000-000000000003\", \"uri\": \"https://x.org/l1\","
                + " \"lastChangeDateTime\": \"2020-01-01T00:00:00+00:00\", \"quality\": \"Emerging\", \"position\": 1,"
                + " \"description\": \"Uses ratios with help\"}]}]}]}";
        String text = pkg(item(A, "A"), "");
        text = text.substring(0, text.length() - 1) + rubric;

        ImportResult result = read(text);

        Framework framework = result.orThrow();
        assertThat(framework.scales()).hasSize(1);
        assertThat(framework.scales().get(0).id()).isEqualTo("mastery");
        assertThat(framework.scales().get(0).levelsByRank()).extracting(level -> level.label())
                .containsExactly("Emerging", "Secure");
        assertThat(framework.competency("A").orElseThrow().scale()).hasValue("mastery");
        assertThat(framework.competency("A").orElseThrow().indicators("emerging"))
                .containsExactly("Uses ratios with help");
    }
}
