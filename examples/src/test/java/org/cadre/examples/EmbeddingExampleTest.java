package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's embedding example is real code: it compiles (it is main code), runs, and is quoted exactly. */
class EmbeddingExampleTest {

    @Test
    void runsAndPrintsTheNineDimensionsWithTheirScale() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[] {"frameworks/nhs-hlm.json"});
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8).lines())
                .hasSize(9)
                .first().isEqualTo("Inspiring shared purpose is rated on hlm-4");
    }

    @Test
    void theReadmeQuotesTheSnippetsExactly() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        for (String example : new String[] {"EmbeddingExample", "EvaluationExample"}) {
            String source = Files.readString(Path.of("src/main/java/org/cadre/examples/" + example + ".java"));
            String snippet = source.substring(source.indexOf("// --- README snippet start"),
                    source.indexOf("        // --- README snippet end"));
            String body = snippet.lines().skip(1).map(line -> line.startsWith("        ") ? line.substring(8) : line)
                    .reduce("", (a, b) -> a + b + "\n");

            assertThat(readme).as(example).contains("```java\n" + body + "```");
        }
    }

    @Test
    void theEvaluationExampleJudgesTheShippedPeople() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EvaluationExample.main(new String[] {"."});
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).hasSize(6)
                .contains("nhs-p003 UNKNOWN missing [a rating of Holding to account, a rating of Developing capability,"
                        + " a rating of Influencing for results], next [], changes 1",
                        "nhs-p006 NOT_MET missing [], next [nhs.new-chief-executive], changes 1",
                        "nhs-p004 NOT_MET missing [], next [nhs.rosalind-franklin, nhs.elizabeth-garrett-anderson],"
                                + " changes -1");
    }
}
