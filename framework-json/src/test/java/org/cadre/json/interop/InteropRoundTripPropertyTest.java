package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cadre.json.DocumentWriter;
import org.cadre.json.property.Frameworks;
import org.cadre.model.Framework;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/** Generated valid frameworks survive Cadre → CASE → Cadre unchanged, and their CSV export always reads back. */
class InteropRoundTripPropertyTest {

    private static final CaseExport EXPORT = CaseExport.create(URI.create("https://example.org/case"))
            .withLastChange(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

    @Test
    void everyValidFrameworkComesBackEqualFromCase() {
        Property.forAll("Cadre → CASE → Cadre gives an equal framework", Frameworks.valid(), 100, framework -> {
            String pkg = EXPORT.write(framework).text();
            ImportResult back = CaseImport.create().read(pkg.getBytes(StandardCharsets.UTF_8), "generated");

            assertThat(back.report().errors()).as("%s", back.report()).isEmpty();
            assertThat(DocumentWriter.create().write(back.orThrow())).isEqualTo(DocumentWriter.create().write(framework));
            assertThat(back.orThrow()).isEqualTo(framework);
        });
    }

    @Test
    void everyValidFrameworksCsvReadsBackWithItsCompetencies() {
        Property.forAll("Cadre → CSV → Cadre keeps ids, titles and parents", Frameworks.valid(), 150, framework -> {
            ExportResult csv = MoodleCsv.create().write(framework);
            ImportResult back = MoodleCsv.create().read(csv.text().getBytes(StandardCharsets.UTF_8), "generated");

            Framework read = back.orThrow();
            assertThat(read.competencies()).extracting(competency -> competency.id() + " " + competency.title()
                    + " " + competency.parent()).containsExactlyElementsOf(framework.competencies().stream()
                    .map(competency -> competency.id() + " " + competency.title() + " " + competency.parent()).toList());
        });
    }
}
