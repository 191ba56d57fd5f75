package org.cadre.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cadre.json.DocumentLoader;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two places the hostile-input test found named wrongly: a schema issue under a field name that holds a
 * control character had a pointer that resolved nowhere (the validator writes a carriage return in a name
 * as backslash and {@code r}); and in a JSON Lines line that holds a lone carriage return, the column of
 * anything after it was counted from the carriage return instead of from the start of the line.
 */
class PlacesInAwkwardTextTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();

    @Test
    void aPointerThroughAFieldNameWithAControlCharacterResolves() {
        String text = """
                {"kind": "framework", "formatVersion": "1.0", "id": "ward", "version": "1.0.0", "title": "Ward",
                 "translations": {"a\\rb/c~d": {"title": "Ward", "bogus": 1}},
                 "scales": [], "competencies": []}
                """;
        JsonNode tree = JsonMapper.builder().build().readTree(text);

        Report report = LOADER.validate(text.getBytes(StandardCharsets.UTF_8), "ward.json");

        assertThat(report.errors()).extracting(Issue::pointer).contains("/translations/a\rb~1c~0d/bogus");
        assertThat(report.errors()).allSatisfy(issue -> {
            JsonNode target = tree.at(issue.pointer());
            JsonNode parent = issue.pointer().isEmpty() ? tree
                    : tree.at(issue.pointer().substring(0, issue.pointer().lastIndexOf('/')));
            assertThat(!target.isMissingNode() || parent.isObject()).as("%s resolves", issue).isTrue();
        });
    }

    @Test
    void aColumnAfterALoneCarriageReturnInAJsonLinesLineCountsFromTheLineStart() {
        String line = "{\"id\": \"p1\",\r \"ratings\": 5}";
        String text = "{\"id\": \"p0\"}\n" + line + "\n";
        List<Person> read = new ArrayList<>();

        Report report = LOADER.streamCohort(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "people.jsonl", read::add);

        assertThat(read).extracting(Person::id).containsExactly("p0");
        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.pointer()).isEqualTo("/ratings");
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo(line.indexOf('5') + 1);
        });
        Report broken = LOADER.streamCohort(new ByteArrayInputStream("{\"id\": \r \"p1\" x}\n"
                .getBytes(StandardCharsets.UTF_8)), "people.jsonl", read::add);
        assertThat(broken.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.JSON_SYNTAX);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.column()).isEqualTo("{\"id\": \r \"p1\" x}".indexOf('x') + 1);
        });
    }
}
