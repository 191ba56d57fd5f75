package org.cadre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's contract: output, messages and exit status 0 / 1 / 2. */
class MainTest {

    private static final Path VALID = Path.of("../examples/frameworks/nhs-hlm.json");
    private static final Path BROKEN = Path.of("../examples/invalid/nhs-hlm-broken.json");

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void validateExitsZeroForAValidFile() {
        Run run = run("validate", VALID.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nhs-hlm.json: valid (0 errors, 0 warnings)");
    }

    @Test
    void validateExitsOneAndListsEveryProblemWithItsPosition() {
        Run run = run("validate", BROKEN.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("nhs-hlm-broken.json:92:17: error [competency.parent.unknown]")
                .contains("(at /competencies/2/parent)").contains("invalid (5 errors, 0 warnings)");
    }

    @Test
    void validateAsJsonGivesCodePointerLineColumnAndMessageForEveryProblem() {
        Run run = run("validate", "--format", "json", BROKEN.toString());

        assertThat(run.status()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors")).hasSize(5);
        assertThat(json.get("warnings")).isEmpty();
        for (JsonNode error : json.get("errors")) {
            assertThat(error.get("code").asString()).isNotEmpty();
            assertThat(error.get("pointer").asString()).startsWith("/");
            assertThat(error.get("line").asInt()).isPositive();
            assertThat(error.get("column").asInt()).isPositive();
            assertThat(error.get("message").asString()).isNotEmpty();
        }
        assertThat(json.get("errors").get(0).get("code").asString()).isEqualTo("competency.parent.unknown");
    }

    @Test
    void validateAsJsonSaysValidForAValidFile() {
        Run run = run("validate", "--format", "JSON", VALID.toString());

        assertThat(run.status()).isZero();
        assertThat(JsonMapper.builder().build().readTree(run.out()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void validateReportsASyntaxErrorAsInvalidInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"kind\": \"framework\",,}");

        Run run = run("validate", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("bad.json:1:22: error [json.syntax]");
    }

    @Test
    void validateExitsTwoForAMissingFileAndStillChecksTheOthers() {
        Run run = run("validate", "missing.json", VALID.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read missing.json");
        assertThat(run.out()).contains("nhs-hlm.json: valid");
    }

    @Test
    void usageErrorsExitTwoWithAMessageOnStandardError() {
        assertThat(run().status()).isEqualTo(2);
        Run badOption = run("validate", "--format", "xml", VALID.toString());
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("--format");
        assertThat(run("validate").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    private static final Path PEOPLE = Path.of("../examples/people/nhs-people.json");

    @Test
    void evaluateShowsEveryRungForEveryPersonAndTheirNextRungs() {
        Run run = run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--as-of", "2026-11-01");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nhs-p001  next: nhs.mary-seacole")
                .contains("unknown            Nye Bevan programme");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void evaluateExplainsAVerdictAndTheChangesThatCloseTheGap() {
        Run run = run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--as-of", "2026-11-01", "--programme", "nhs.rosalind-franklin", "--explain", "--gap");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nhs-p002  not-met")
                .contains("[not-met] monthsLeadingTeams is 14 months; at least 24 months is required")
                .contains("- increase monthsLeadingTeams from 14 to 24 months (10 months more)");
    }

    @Test
    void evaluateAsJsonRecordsTheFrameworkHashAndEachVerdict() {
        Run run = run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--as-of", "2026-11-01", "--programme", "nhs.nye-bevan", "--format", "json");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("framework").get("hash").asString()).hasSize(64);
        assertThat(json.get("asOf").asString()).isEqualTo("2026-11-01");
        assertThat(json.get("results")).hasSize(6);
        JsonNode third = json.get("results").get(2);
        assertThat(third.get("person").asString()).isEqualTo("nhs-p003");
        assertThat(third.get("verdict").asString()).isEqualTo("unknown");
        assertThat(third.get("missing")).hasSize(3);
    }

    @Test
    void evaluateAsCsvGivesOneLinePerPersonAndProgramme() {
        Run run = run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--as-of", "2026-11-01", "--format", "csv");

        assertThat(run.out().lines()).hasSize(1 + 6 * 7).first().isEqualTo("person,programme,status,entry");
        assertThat(run.out()).contains("nhs-p001,nhs.mary-seacole,eligible,met");
    }

    @Test
    void evaluateSkipsAnInvalidLineOfAJsonLinesCohortAndExitsOne(@TempDir Path dir) throws Exception {
        Path people = dir.resolve("people.jsonl");
        Files.writeString(people, String.join("\n",
                "{\"id\": \"a\", \"facts\": {\"role\": \"chief-executive\", \"monthsInRole\": 3}}",
                "{\"id\": \"b\", \"ratings\": [{\"competency\": \"hlm.nope\", \"level\": \"strong\","
                        + " \"source\": \"manager\", \"date\": \"2026-01-01\"}]}",
                "{\"id\": \"c\"}") + "\n");

        Run run = run("evaluate", "--framework", VALID.toString(), "--people", people.toString(),
                "--as-of", "2026-11-01", "--programme", "nhs.new-chief-executive", "--format", "csv");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly("person,programme,verdict,missing",
                "a,nhs.new-chief-executive,met,", "c,nhs.new-chief-executive,unknown,the fact role; the fact monthsInRole");
        assertThat(run.err()).contains("people.jsonl:2:").contains("[person.competency.unknown]")
                .contains("[cohort.skipped]");
    }

    @Test
    void evaluateRefusesUsageErrorsWithStatusTwo() {
        assertThat(run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(), "--explain")
                .status()).isEqualTo(2);
        assertThat(run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--programme", "nhs.nobody").status()).isEqualTo(2);
        assertThat(run("evaluate", "--framework", "missing.json", "--people", PEOPLE.toString()).status())
                .isEqualTo(2);
        assertThat(run("evaluate", "--framework", VALID.toString(), "--people", PEOPLE.toString(),
                "--as-of", "2026-13-01").status()).isEqualTo(2);
    }

    @Test
    void evaluateRefusesAnInvalidFrameworkWithStatusOne() {
        Run run = run("evaluate", "--framework", BROKEN.toString(), "--people", PEOPLE.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("[competency.parent.unknown]").contains("nothing was evaluated");
    }

    @Test
    void validateReadsAJsonLinesCohort(@TempDir Path dir) throws Exception {
        Path people = dir.resolve("people.jsonl");
        Files.writeString(people, "{\"id\": \"a\"}\n{\"id\": \"a\"}\n");

        Run run = run("validate", people.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("people.jsonl:2:").contains("[person.duplicate-id]");
    }

    @Test
    void schemaPrintsThePublishedSchema() {
        Run run = run("schema", "framework");

        assertThat(run.status()).isZero();
        assertThat(JsonMapper.builder().build().readTree(run.out()).get("$id").asString())
                .isEqualTo("https://cadre.org/schemas/1.0/framework.schema.json");
        assertThat(run("schema", "roadmap").status()).isEqualTo(2);
        assertThat(run("schema", "plan").status()).isZero();
        assertThat(run("schema", "person").status()).isZero();
        assertThat(run("schema", "cohort").status()).isZero();
    }

    private static Run demo;

    /** The demo's run, made once: it judges thousands of people, and every demo test reads the same output. */
    private static synchronized Run demo() {
        if (demo == null) {
            demo = run("demo");
        }
        return demo;
    }

    @Test
    void demoSummarisesTheShippedFrameworksAndShowsAReport() {
        Run run = demo();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Healthcare Leadership Model [nhs-hlm 1.0.0]")
                .contains("Essential < Proficient < Strong < Exemplary")
                .contains("Edward Jenner programme")
                .contains("[competency.parent.unknown]");
        assertThat(run.err()).as("progress only, no problem").doesNotContain("cadre:").contains("demo: done");
    }

    @Test
    void demoValidatesEveryShippedExampleAndSummarisesTheSyntheticCohort() {
        Run run = demo();

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Positive-action leadership programmes [nhs-positive-action 1.0.0]")
                .contains("Top leaders development programme (250 places)")
                .contains("examples/people/buurtzorg-people.json: 5 people, valid against buurtzorg-teams")
                .contains("examples/plans/nhs-p002-plan.json: valid against nhs-hlm")
                .contains("The NHS Leadership Academy ladder over 3000 synthetic people")
                .contains("Most common gaps")
                .contains("Months in post (monthsInRole)")
                .contains("Nye Bevan programme ≥ 24")
                .contains("the 10,000-hour rule")
                .contains("250 selected")
                .contains("to close the gap, smallest change first:")
                .containsPattern("Mary Seacole programme +\\d+ +\\d+ +\\d+ +\\d+");
        assertThat(run.err()).contains("demo: evaluating the NHS ladder: 3000 of 3000 people");
    }

    @Test
    void demoDraftsADevelopmentPlanThatPassesItsCheck() {
        Run run = demo();

        assertThat(run.out()).contains("examples/catalogues/nhs-hlm-catalogue.json: 18 activities, valid against nhs-hlm")
                .containsPattern("A development plan drafted for syn-\\d+ toward [A-Za-z ]+programme:")
                .contains("from catalogue nhs-hlm-activities (as ./cadre plan draft does)")
                .containsPattern("goal goal-1: [A-Za-z ]+ .+ -> [a-z]+ by \\d{4}-\\d{2}-\\d{2}")
                .contains("plan check: valid against the plan policy, the catalogue and");
    }
}
