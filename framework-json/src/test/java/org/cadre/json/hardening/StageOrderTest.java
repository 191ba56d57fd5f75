package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cadre.json.DocumentLoader;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Loading stops after a stage that found errors, since a later stage needs its output — except that the two
 * JSON-stage errors that leave a complete tree (a duplicate key, a lone UTF-16 surrogate) still let the kind
 * and schema checks run, so that one round of fixes can cover them all; binding and the semantic checks
 * wait for a document without errors (README, "Errors", and docs/errors.md say so).
 */
class StageOrderTest {

    private final DocumentLoader loader = DocumentLoader.create();

    @Test
    void aDuplicateKeyIsReportedWithTheSchemaProblemsButNothingIsBound() {
        Report report = validate("{\"kind\": \"framework\", \"formatVersion\": \"1.0\", \"id\": \"x\", \"id\": \"y\"}");

        assertThat(report.issues()).extracting(Issue::code).contains(Codes.JSON_DUPLICATE_KEY, Codes.SCHEMA_REQUIRED)
                .allMatch(code -> code.startsWith("json.") || code.startsWith("schema."));
    }

    @Test
    void aLoneSurrogateIsReportedWithTheSchemaProblemsButNothingIsBound() {
        Report report = validate("{\"kind\": \"framework\", \"formatVersion\": \"1.0\", \"id\": \"x\","
                + " \"title\": \"\\ud800\"}");

        assertThat(report.issues()).extracting(Issue::code).contains(Codes.JSON_LONE_SURROGATE, Codes.SCHEMA_REQUIRED)
                .allMatch(code -> code.startsWith("json.") || code.startsWith("schema."));
    }

    @Test
    void aDocumentWhoseOnlyFaultIsADuplicateKeyIsNotLoaded() {
        String valid = "{\"kind\": \"person\", \"formatVersion\": \"1.0\", \"id\": \"p\", \"id\": \"p\"}";

        assertThat(loader.loadPerson(valid, "p.json").isValid()).isFalse();
        assertThat(loader.loadPerson(valid, "p.json").report().issues()).extracting(Issue::code)
                .containsExactly(Codes.JSON_DUPLICATE_KEY);
    }

    @Test
    void aSyntaxErrorStopsLoadingBeforeTheSchemaStage() {
        Report report = validate("{\"kind\": \"framework\", \"formatVersion\": \"1.0\", \"id\": \"x\",}");

        assertThat(report.issues()).extracting(Issue::code).containsExactly(Codes.JSON_SYNTAX);
    }

    private Report validate(String text) {
        return loader.validate(text.getBytes(StandardCharsets.UTF_8), "stages.json");
    }
}
