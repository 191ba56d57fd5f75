package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cadre.report.Codes;
import org.junit.jupiter.api.Test;

/** The documentation keeps up with the code. */
class DocumentationTest {

    @Test
    void everyProblemCodeIsExplainedInTheErrorsPage() throws Exception {
        String page = Files.readString(Path.of("../docs/errors.md"));
        int codes = 0;
        for (Field field : Codes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes++;
                assertThat(page).as("docs/errors.md explains %s", field.getName())
                        .contains("| `" + field.get(null) + "` |");
            }
        }
        assertThat(codes).isGreaterThan(30);
    }

    @Test
    void theLimitsPageGivesEachDefault() throws Exception {
        String page = Files.readString(Path.of("../docs/limits.md"));

        assertThat(page).contains("16 MiB (16,777,216 bytes)")
                .contains("| `maxDepth` | " + Limits.DEFAULT_MAX_DEPTH + " |")
                .contains("| `maxStringLength` | 100,000 characters |")
                .contains("| `maxNumberLength` | " + Limits.DEFAULT_MAX_NUMBER_LENGTH + " characters |")
                .contains("| `maxArrayLength` | 100,000 elements |")
                .contains("| `maxIssues` | 1,000 issues |");
        assertThat(Limits.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(16_777_216L);
        assertThat(Limits.DEFAULT_MAX_STRING_LENGTH).isEqualTo(100_000);
        assertThat(Limits.DEFAULT_MAX_ARRAY_LENGTH).isEqualTo(100_000);
        assertThat(Limits.DEFAULT_MAX_ISSUES).isEqualTo(1_000);
    }
}
