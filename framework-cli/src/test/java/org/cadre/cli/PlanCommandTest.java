package org.cadre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cadre plan check}: output, messages and exit status 0 / 1 / 2. */
class PlanCommandTest {

    private static final Path FRAMEWORK = Path.of("../examples/frameworks/nhs-hlm.json");
    private static final Path BROKEN_FRAMEWORK = Path.of("../examples/invalid/nhs-hlm-broken.json");
    private static final Path PLAN = Path.of("../examples/plans/nhs-p002-plan.json");
    private static final Path BROKEN = Path.of("../examples/invalid/nhs-p002-plan-broken.json");
    private static final Path PEOPLE = Path.of("../examples/people/nhs-people.json");
    private static final Path CATALOGUE = Path.of("../examples/catalogues/nhs-hlm-catalogue.json");

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void checkExitsZeroForAPlanThatMeetsThePolicy() {
        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), PLAN.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nhs-p002-plan.json: valid (0 errors, 0 warnings)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkExitsOneAndListsEveryDefectWithItsPosition() {
        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), BROKEN.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("error [plan.date.outside]").contains("(at /activities/2/end)")
                .contains("error [plan.goal.no-activity]").contains("(at /goals/5)")
                .contains("error [plan.approval.missing]").contains("programme-lead")
                .contains("error [plan.hours-per-week]")
                .contains("nhs-p002-plan-broken.json: invalid (4 errors, 0 warnings)");
        assertThat(run.out())
                .containsPattern("nhs-p002-plan-broken\\.json:\\d+:\\d+: error \\[plan\\.goal\\.no-activity]");
    }

    @Test
    void checkAsJsonGivesCodePointerLineColumnAndMessageForEveryDefect() {
        Run run = run("plan", "check", "--format", "json", "--framework", FRAMEWORK.toString(), BROKEN.toString());

        assertThat(run.status()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors")).hasSize(4);
        assertThat(json.get("warnings")).isEmpty();
        for (JsonNode error : json.get("errors")) {
            assertThat(error.get("code").asString()).startsWith("plan.");
            assertThat(error.get("pointer").asString()).startsWith("/");
            assertThat(error.get("line").asInt()).isPositive();
            assertThat(error.get("column").asInt()).isPositive();
            assertThat(error.get("message").asString()).isNotEmpty();
        }
    }

    @Test
    void checkAsJsonSaysValidForAValidPlan() {
        Run run = run("plan", "check", "--format", "JSON", "--framework", FRAMEWORK.toString(), PLAN.toString());

        assertThat(run.status()).isZero();
        assertThat(JsonMapper.builder().build().readTree(run.out()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void checkExitsOneWhenAnyOfSeveralPlansIsInvalid() {
        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), PLAN.toString(), BROKEN.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("nhs-p002-plan.json: valid").contains("nhs-p002-plan-broken.json: invalid");
    }

    @Test
    void checkReportsADocumentOfAnotherKindAsInvalid() {
        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), FRAMEWORK.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("error [document.kind]").contains("expected a plan document");
    }

    @Test
    void checkExitsOneWithoutCheckingWhenTheFrameworkIsInvalid() {
        Run run = run("plan", "check", "--framework", BROKEN_FRAMEWORK.toString(), PLAN.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("[competency.parent.unknown]")
                .contains("the framework is invalid; no plan was checked");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkExitsTwoForAMissingPlanOrFramework(@TempDir Path dir) {
        Run missingPlan = run("plan", "check", "--framework", FRAMEWORK.toString(),
                dir.resolve("nope.json").toString());
        Run missingFramework = run("plan", "check", "--framework", dir.resolve("nope.json").toString(),
                PLAN.toString());

        assertThat(missingPlan.status()).isEqualTo(2);
        assertThat(missingPlan.err()).contains("cannot read").contains("no such file");
        assertThat(missingFramework.status()).isEqualTo(2);
        assertThat(missingFramework.err()).contains("cannot read").contains("no such file");
    }

    @Test
    void checkExitsTwoWithoutTheFrameworkOption() {
        Run run = run("plan", "check", PLAN.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--framework");
    }

    @Test
    void planWithoutASubcommandIsAUsageError() {
        Run run = run("plan");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("check");
    }

    @Test
    void checkReportsASyntaxErrorAsInvalidInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"kind\": \"plan\",,}");

        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("bad.json:1:").contains("invalid");
    }

    @Test
    void withThePersonsRecordAPlanMustAddressTheLevelsTheGapNeeds(@TempDir Path dir)
            throws Exception {
        Path plan = dir.resolve("p001-plan.json");
        Files.writeString(plan, Files.readString(
                Path.of("../examples/plans/nhs-p002-plan.json")).replace("\"nhs-p002\"", "\"nhs-p001\""));
        String[] args = {"plan", "check", "--framework", "../examples/frameworks/nhs-hlm.json", "--person",
            "../examples/people/nhs-people.json", "--as-of", "2026-11-01", plan.toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString())
                .contains("[plan.coverage] the plan does not address Connecting our service")
                .contains("Evaluating information").contains("Sharing the vision")
                .doesNotContain("does not address Leading with care");
    }

    @Test
    void aPlanWhosePersonIsNotInThePeopleFileIsInvalid(@TempDir Path dir)
            throws Exception {
        Path plan = dir.resolve("nobody-plan.json");
        Files.writeString(plan, Files.readString(
                Path.of("../examples/plans/nhs-p002-plan.json")).replace("\"nhs-p002\"", "\"nhs-p999\""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.run(new String[] {"plan", "check", "--framework", "../examples/frameworks/nhs-hlm.json",
            "--person", "../examples/people/nhs-people.json", plan.toString()}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("no valid record of person [nhs-p999]");
    }

    @Test
    void draftPrintsAPlanThatPlanCheckAcceptsWithTheCatalogueAndThePerson(@TempDir Path folder) throws Exception {
        Run draft = run("plan", "draft", "--framework", FRAMEWORK.toString(), "--person", PEOPLE.toString(),
                "--id", "nhs-p001", "--target", "nhs.rosalind-franklin", "--catalogue", CATALOGUE.toString(),
                "--start", "2026-06-01");

        assertThat(draft.status()).isZero();
        JsonNode plan = JsonMapper.builder().build().readTree(draft.out());
        assertThat(plan.get("kind").asString()).isEqualTo("plan");
        assertThat(plan.get("person").asString()).isEqualTo("nhs-p001");
        assertThat(plan.get("status").asString()).isEqualTo("draft");
        assertThat(plan.get("goals").size()).isPositive();
        assertThat(draft.err()).contains("warning draft.not-addressed").contains("complete Mary Seacole programme");
        Path file = folder.resolve("drafted.json");
        Files.writeString(file, draft.out());

        Run check = run("plan", "check", "--framework", FRAMEWORK.toString(), "--person", PEOPLE.toString(),
                "--as-of", "2026-06-01", "--catalogue", CATALOGUE.toString(), file.toString());

        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("drafted.json: valid (0 errors, 0 warnings)");
    }

    @Test
    void draftWithoutACatalogueUsesTheStandardActivities() {
        Run draft = run("plan", "draft", "--framework", FRAMEWORK.toString(), "--person", PEOPLE.toString(),
                "--id", "nhs-p003", "--target", "nhs.nye-bevan", "--start", "2026-06-01");

        assertThat(draft.status()).isZero();
        assertThat(draft.out()).contains("\"item\": \"standard.");
    }

    @Test
    void draftExitsOneAndSaysWhyWhenNoPlanCanBeDrafted() {
        Run run = run("plan", "draft", "--framework", FRAMEWORK.toString(), "--person", PEOPLE.toString(),
                "--id", "nhs-p002", "--target", "nhs.nye-bevan", "--catalogue", CATALOGUE.toString(),
                "--start", "2026-06-01");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error draft.unreachable at /target/programme")
                .contains("cadre: no plan was drafted");
    }

    @Test
    void draftNeedsToKnowWhichPersonOfACohort() {
        Run run = run("plan", "draft", "--framework", FRAMEWORK.toString(), "--person", PEOPLE.toString(),
                "--target", "nhs.nye-bevan");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("holds 6 people; say which with --id");
    }

    @Test
    void checkWithAnInvalidCatalogueExitsOneBeforeCheckingPlans(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("catalogue.json");
        Files.writeString(broken, Files.readString(CATALOGUE).replace("\"hlm.leading-with-care\"",
                "\"hlm.leading-with-kare\""));

        Run run = run("plan", "check", "--framework", FRAMEWORK.toString(), "--catalogue", broken.toString(),
                PLAN.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("[catalogue.competency.unknown]").contains("hlm.leading-with-care")
                .contains("the catalogue is invalid");
    }
}
