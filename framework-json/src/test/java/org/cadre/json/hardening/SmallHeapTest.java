package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource limits under a small heap: {@link SmallHeapScenario} runs in a child JVM started with
 * {@code -Xmx256m} — a million-element array, a JSON Lines cohort of a million lines with one broken, rules
 * and arrays nested 100,000 deep (as JSON and, for rules, as a model built in Java), an endless stream, a
 * string of ten million characters, a number of a million digits and a JSON Lines line of 20 MiB. Each is
 * refused or handled with a clear issue, without an {@link OutOfMemoryError} or a {@link StackOverflowError}.
 */
class SmallHeapTest {

    static final List<String> SCENARIOS = List.of("million-element-array", "million-element-array-allowed",
            "json-lines-million", "rules-100000-deep-json", "rules-100000-deep-model", "arrays-100000-deep",
            "endless-stream", "long-string", "long-number", "json-lines-over-long-line");

    @Test
    void everyLimitScenarioEndsInAClearIssueWithin256Megabytes(@TempDir Path temp)
            throws IOException, InterruptedException {
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", SmallHeapScenario.class.getName(),
                System.getProperty("cadre.lines", "1000000"));

        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = child.waitFor(600, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        String stdout = Files.readString(out);
        System.out.println(stdout);

        assertThat(finished).as("the scenarios finished within 600 s; so far:%n%s", stdout).isTrue();
        assertThat(child.exitValue()).as("exit status; standard output:%n%s%nstandard error:%n%s", stdout,
                Files.readString(err)).isZero();
        for (String scenario : SCENARIOS) {
            assertThat(stdout).contains("ok " + scenario + ": ");
        }
        assertThat(stdout).contains("max heap ").doesNotContain("OutOfMemoryError", "StackOverflowError");
    }
}
