package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.model.Rule;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

class MoodleCsvTest {

    private static final MoodleCsv CSV = MoodleCsv.create();

    static byte[] fixture() {
        try (InputStream in = MoodleCsvTest.class.getResourceAsStream("moodle-digital-leadership.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImportResult read(String text) {
        return CSV.read(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    @Test
    void aHandWrittenCsvInMoodlesLayoutImports() {
        ImportResult result = CSV.read(fixture(), "moodle-digital-leadership.csv");

        assertThat(result.report().errors()).as(result.report().toString()).isEmpty();
        Framework framework = result.orThrow();
        assertThat(framework.id()).isEqualTo("DL-2025");
        assertThat(framework.title()).isEqualTo("Digital leadership in care");
        assertThat(framework.roots()).extracting(Competency::id).containsExactly("DL.DATA", "DL.PEOPLE");
        assertThat(framework.children("DL.DATA")).extracting(Competency::id).containsExactly("DL.DATA.1", "DL.DATA.2");
        assertThat(framework.competency("DL.DATA").orElseThrow().kind()).hasValue("domain");
        assertThat(framework.competency("DL.PEOPLE.3").orElseThrow().kind()).hasValue("competency");
        assertThat(framework.competency("DL.DATA").orElseThrow().relations())
                .containsExactly(new Relation(Relation.IS_RELATED_TO, "DL.PEOPLE"));
        assertThat(framework.effectiveScale("DL.DATA.1").orElseThrow().levelsByRank()).extracting(Level::label)
                .containsExactly("Not yet competent", "Competent", "Expert");
        assertThat(framework.effectiveScale("DL.PEOPLE.2").orElseThrow().levelsByRank()).extracting(Level::label)
                .containsExactly("Beginning", "Developing", "Secure");
    }

    @Test
    void multiLineHtmlDescriptionsAreKeptAsTextNeverRendered() {
        Framework framework = CSV.read(fixture(), "moodle.csv").orThrow();

        String description = framework.competency("DL.DATA").orElseThrow().description().orElseThrow();
        assertThat(description).startsWith("<p>Makes decisions from good data.</p>\n<ul>\n")
                .contains("\"in plain words\"", "&amp;", "<script>alert('not run')</script>");
        assertThat(framework.competency("DL.DATA").orElseThrow().extensions().json("x-moodle"))
                .hasValueSatisfying(json -> assertThat(json).contains("\"descriptionFormat\":\"1\""));
    }

    @Test
    void moodleRulesBecomeNamedRulesThatEvaluate() {
        Framework framework = CSV.read(fixture(), "moodle.csv").orThrow();

        assertThat(framework.rules()).containsKeys("DL.DATA:moodle-rule", "DL.PEOPLE:moodle-rule");
        assertThat(framework.rules().get("DL.DATA:moodle-rule")).isEqualTo(new Rule.All(List.of(
                new Rule.Level("DL.DATA.1", Rule.Comparison.AT_LEAST, "competent"),
                new Rule.Level("DL.DATA.2", Rule.Comparison.AT_LEAST, "competent"))));
        Rule secure = new Rule.Level("DL.PEOPLE.1", Rule.Comparison.AT_LEAST, "secure");
        assertThat(framework.rules().get("DL.PEOPLE:moodle-rule")).isEqualTo(new Rule.All(List.of(secure,
                new Rule.AtLeastOf(2, List.of(secure,
                        new Rule.Level("DL.PEOPLE.2", Rule.Comparison.AT_LEAST, "secure"),
                        new Rule.Level("DL.PEOPLE.3", Rule.Comparison.AT_LEAST, "secure"))))));
        assertThat(CompiledFramework.compile(framework)).isNotNull();
    }

    @Test
    void theFixtureExportsBackToTheSameCells() throws IOException {
        Framework framework = CSV.read(fixture(), "moodle.csv").orThrow();

        String exported = CSV.write(framework).text();

        assertThat(cells(exported)).isEqualTo(cells(new String(fixture(), StandardCharsets.UTF_8)));
    }

    @Test
    void aFrameworkOfWhatTheCsvCarriesComesBackEqual() {
        ProficiencyScale scale = ProficiencyScale.builder("s1", "Novice / Practitioner / Expert")
                .level("novice", "Novice", 1).level("practitioner", "Practitioner", 2).level("expert", "Expert", 3)
                .build();
        Framework framework = Framework.builder("ward-leadership", "1.0.0", "Ward leadership")
                .description("Leading a ward, day to day.")
                .scale(scale)
                .competency(Competency.builder("care", "Care").kind("domain").scale("s1").build())
                .competency(Competency.builder("care.safety", "Safety, first").kind("skill").parent("care")
                        .description("Keeps people safe;\nsays when it is not.")
                        .relation(Relation.IS_RELATED_TO, "team.voice").build())
                .competency(Competency.builder("team", "Team").kind("domain").scale("s1").build())
                .competency(Competency.builder("team.voice", "Speaking up").kind("skill").parent("team").build())
                .build();

        ExportResult exported = CSV.write(framework);
        Framework back = read(exported.text()).orThrow();

        assertThat(exported.report().warnings()).isEmpty();
        assertThat(back).isEqualTo(framework);
    }

    @Test
    void theHealthcareLeadershipModelComesBackEqualForWhatTheCsvCarries() {
        Framework framework = CaseExportTest.nhs();

        ExportResult exported = CSV.write(framework);
        Framework back = read(exported.text()).orThrow();

        assertThat(carried(back)).isEqualTo(carried(framework));
        assertThat(exported.report().warnings()).extracting(Issue::code).containsOnly(Codes.MOODLE_NOT_CARRIED);
        assertThat(exported.report().warnings()).anySatisfy(issue -> assertThat(issue.message())
                .contains("programmes", "indicators"));
    }

    @Test
    void theRootsAreRatedOnTheFrameworksScale() {
        Framework back = read(CSV.write(CaseExportTest.nhs()).text()).orThrow();

        // Moodle rates every competency: a root that names no scale gets the framework row's scale.
        assertThat(back.competency("hlm").orElseThrow().scale()).hasValue("hlm-4");
    }

    /** Id, title, description, parent, kind, related ids and the labels of the scale each non-root is rated on. */
    private static Map<String, List<Object>> carried(Framework framework) {
        Map<String, List<Object>> map = new TreeMap<>();
        map.put("", List.of(framework.id(), framework.title(), framework.description()));
        for (Competency competency : framework.competencies()) {
            Optional<ProficiencyScale> scale = framework.effectiveScale(competency.id());
            List<Object> values = new ArrayList<>(List.of(competency.title(), competency.description(),
                    competency.parent(), competency.kind()));
            values.add(competency.relations().stream().filter(relation -> relation.type().equals(Relation.IS_RELATED_TO))
                    .toList());
            if (competency.parent().isPresent()) { // roots: see theRootsAreRatedOnTheFrameworksScale
                values.add(scale.map(found -> found.levelsByRank().stream().map(Level::label).toList()));
            }
            map.put(competency.id(), values);
        }
        return map;
    }

    private static List<List<String>> cells(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @Test
    void aCsvWithoutAHeaderIsReported() {
        ImportResult result = read("\"\",\"DL\",\"Digital\",\"\",\"1\",\"A,B\",\"\",\"\",\"\",\"\",\"\",\"\",\"1\",\"\"\n");

        Issue issue = result.report().errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.MOODLE_HEADER);
        assertThat(issue.line()).isEqualTo(1);
        assertThat(issue.message()).contains("not a header");
    }

    @Test
    void aHeaderWithoutTheIdColumnIsReported() {
        ImportResult result = read("Parent ID number,Short name,Is framework\n,Digital,1\n");

        assertThat(result.report().errors()).extracting(Issue::code).containsExactly(Codes.MOODLE_HEADER);
        assertThat(result.report().errors().get(0).message()).contains("[ID number]");
    }

    @Test
    void aRaggedRowIsReportedWithItsLine() {
        String text = new String(fixture(), StandardCharsets.UTF_8).replace(
                "\"DL.DATA\",\"DL.DATA.1\",\"Reads dashboards\",", "\"DL.DATA\",\"DL.DATA.1\",");

        ImportResult result = read(text);

        Issue issue = result.report().errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.MOODLE_RAGGED_ROW);
        assertThat(issue.pointer()).isEqualTo("/rows/4");
        assertThat(issue.line()).isEqualTo(9); // the description of row 3 spans lines 3 to 8
        assertThat(issue.message()).contains("13 fields", "14");
    }

    @Test
    void duplicateIdNumbersUnknownParentsAndCyclesAreReported() {
        String header = "Parent ID number,ID number,Short name,Is framework,Scale values\n,F,Framework,1,\"A,B\"\n";

        assertThat(read(header + ",A,One,0,\n,A,Two,0,\n").report().errors()).extracting(Issue::code, Issue::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.MOODLE_DUPLICATE_ID, "/rows/4/idnumber"));
        assertThat(read(header + "Z,A,One,0,\n").report().errors()).extracting(Issue::code)
                .containsExactly(Codes.MOODLE_INVALID);
        ImportResult cycle = read(header + "B,A,One,0,\nA,B,Two,0,\n");
        assertThat(cycle.report().errors()).extracting(Issue::code).containsExactly(Codes.MOODLE_CYCLE);
        assertThat(cycle.report().errors().get(0).line()).isPositive();
    }

    @Test
    void aScaleConfigurationThatIsNotJsonIsReported() {
        ImportResult result = read("Parent ID number,ID number,Short name,Is framework,Scale values,"
                + "Scale configuration\n,F,Framework,1,\"A,B\",{not json\n");

        assertThat(result.report().errors()).extracting(Issue::code, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.MOODLE_INVALID, "/rows/2/scaleconfiguration"));
    }
}
