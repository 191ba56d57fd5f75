package org.cadre.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cadre import} and {@code cadre export}: results on standard output, reports on standard error, 0 / 1 / 2. */
class ImportExportCommandTest {

    private static final Path NHS = Path.of("../examples/frameworks/nhs-hlm.json");

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void exportCaseThenImportCaseGivesTheFrameworkBack(@TempDir Path dir) throws Exception {
        Run exported = run("export", "case", NHS.toString(), "--base-uri", "https://example.org/case",
                "--last-change", "2026-11-26T09:00:00Z");
        Path pkg = Files.writeString(dir.resolve("nhs.case.json"), exported.out());

        Run imported = run("import", "case", pkg.toString());

        assertThat(exported.status()).isZero();
        assertThat(exported.err()).contains("[case.not-carried]");
        JsonNode json = JsonMapper.builder().build().readTree(exported.out());
        assertThat(json.path("CFDocument").path("uri").asString()).startsWith("https://example.org/case/CFDocuments/");
        assertThat(json.path("CFDocument").path("lastChangeDateTime").asString()).isEqualTo("2026-11-26T09:00:00+00:00");
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).isEqualTo(org.cadre.json.DocumentWriter.create()
                .write(org.cadre.json.DocumentLoader.create().loadFramework(NHS).orThrow()));
    }

    @Test
    void exportMoodleCsvWritesMoodlesHeaderAndListsWhatItLeavesOut() {
        Run run = run("export", "moodle-csv", NHS.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Parent ID number,ID number,Short name,Description,");
        assertThat(run.err()).contains("[moodle.not-carried]", "programmes");
    }

    @Test
    void importingAFileThatIsNotCaseExitsOneWithTheProblemOnStandardError() {
        Run run = run("import", "case", NHS.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("nhs-hlm.json:1:1: error [case.not-case]");
    }

    @Test
    void exportCaseWithoutABaseUriAndUnknownFormatsAreUsageErrors() {
        assertThat(run("export", "case", NHS.toString()).status()).isEqualTo(2);
        assertThat(run("export", "case", NHS.toString(), "--base-uri", "relative/path").status()).isEqualTo(2);
        Run unknown = run("import", "ims-cc", NHS.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("known formats: [case, moodle-csv]");
        assertThat(run("import", "case", "no-such-file.json").status()).isEqualTo(2);
    }

    @Test
    void exportOfAnInvalidFrameworkExitsOneWithItsIssuesAndWritesNothing() {
        Run run = run("export", "moodle-csv", "../examples/invalid/nhs-hlm-broken.json");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("[competency.parent.unknown]")
                .contains("cadre: the framework is invalid; nothing exported");
    }
}
