package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import org.cadre.report.Report;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentLoader#check(Framework)} on frameworks built in Java: no errors for a valid one, exactly
 * the warnings its content calls for, and a {@link Codes#MODEL_CONSTRAINT} at the right pointer for one
 * that breaks a Bean Validation constraint.
 */
class ModelCheckPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final DocumentWriter WRITER = DocumentWriter.create();

    @Test
    void aValidFrameworkHasNoErrorsAndExactlyTheWarningsItsContentCallsFor() {
        Property.forAll("check finds no error and the expected warnings in a valid framework", Frameworks.valid(), 400,
                framework -> {
                    Report report = LOADER.check(framework);
                    assertThat(report.errors()).as("errors").isEmpty();
                    assertThat(report.isValid()).isTrue();
                    assertThat(report.issues()).as("issues of a model not read from a file")
                            .noneMatch(Issue::hasPosition);
                    assertThat(report.warnings()).extracting(issue -> issue.code() + " " + issue.pointer())
                            .containsExactlyInAnyOrderElementsOf(expectedWarnings(framework));
                });
    }

    @Test
    void loadingAWrittenFrameworkReportsWhatCheckingTheModelReports() {
        Property.forAll("loading reports the issues that checking reports, with positions", Frameworks.valid(), 300,
                framework -> {
                    String text = WRITER.write(framework);
                    Report loaded = LOADER.loadFramework(text, "written.json").report();
                    Report checked = LOADER.check(framework);
                    assertThat(loaded.issues()).extracting(ModelCheckPropertyTest::withoutPosition)
                            .containsExactlyInAnyOrderElementsOf(checked.issues().stream()
                                    .map(ModelCheckPropertyTest::withoutPosition).toList());
                    Documents.assertIssuesArePlaced(loaded, text);
                });
    }

    @Test
    void aBrokenConstraintIsReportedAsAModelConstraintAtItsPointer() {
        Property.forAll("one bad value gives one model.constraint at its pointer", InvalidValues.any(), 400,
                invalid -> {
                    Report report = LOADER.check(invalid.framework());
                    assertThat(report.isValid()).isFalse();
                    assertThat(report.errors()).as("model.constraint errors")
                            .filteredOn(issue -> issue.code().equals(Codes.MODEL_CONSTRAINT))
                            .extracting(Issue::pointer).containsExactly(invalid.pointer());
                });
    }

    @Test
    void aBrokenConstraintIsAlsoAnErrorAtItsPointerWhenTheFrameworkIsWrittenAndLoaded() {
        Property.forAll("the schema (or the model) refuses a written bad value at its pointer", InvalidValues.any(),
                300, invalid -> {
                    String text = WRITER.write(invalid.framework());
                    LoadResult<Framework> result = LOADER.loadFramework(text, "invalid.json");
                    assertThat(result.isValid()).isFalse();
                    assertThat(result.report().errors()).extracting(Issue::pointer).contains(invalid.pointer());
                    Documents.assertIssuesArePlaced(result.report(), text);
                });
    }

    @Test
    void aFrameworkThatTheCheckFindsValidCanBeWrittenAndLoaded() {
        Property.forAll("what check finds valid, the writer writes and the loader loads", InvalidValues.schemaOnly(),
                300, invalid -> {
                    Report checked = LOADER.check(invalid.framework());
                    if (!checked.isValid()) {
                        return;
                    }
                    String text = WRITER.write(invalid.framework());
                    LoadResult<Framework> loaded = LOADER.loadFramework(text, "checked.json");
                    assertThat(loaded.report().errors()).as("errors loading a framework that check found valid")
                            .isEmpty();
                });
    }

    @Test
    void aTitleThatThePublishedSchemaAcceptsIsNotRefusedByAModelConstraint() {
        String emoji = "\uD83D\uDE00".repeat(300);
        Framework framework = Framework.builder("f", "1.0.0", "Framework")
                .scale(ProficiencyScale.builder("s", "Scale").level("l", "Level", 1).build())
                .competency(Competency.builder("c", emoji).scale("s").indicators(Map.of("l", List.of("does"))).build())
                .build();
        Report report = LOADER.loadFramework(WRITER.write(framework), "emoji.json").report();
        assertThat(report.issues()).as("the schema accepts it: no schema issue")
                .noneMatch(issue -> issue.code().startsWith("schema."));
        assertThat(report.errors()).extracting(Issue::code).doesNotContain(Codes.MODEL_CONSTRAINT);
    }

    private static String withoutPosition(Issue issue) {
        return issue.severity() + " " + issue.code() + " " + issue.pointer() + " " + issue.message();
    }

    /** The warnings the semantic checks give for the legal-but-suspicious things the generator makes. */
    private static List<String> expectedWarnings(Framework framework) {
        List<String> warnings = new ArrayList<>();
        Set<String> named = new HashSet<>();
        framework.competencies().forEach(c -> c.scale().ifPresent(named::add));
        for (int s = 0; s < framework.scales().size(); s++) {
            if (!named.contains(framework.scales().get(s).id())) {
                warnings.add(Codes.SCALE_UNUSED + " " + Pointers.of("scales", s));
            }
        }
        for (int c = 0; c < framework.competencies().size(); c++) {
            Competency competency = framework.competencies().get(c);
            if (competency.scale().isPresent() && competency.indicators().isEmpty()
                    && competency.status() == CompetencyStatus.ACTIVE
                    && framework.children(competency.id()).isEmpty()) {
                warnings.add(Codes.COMPETENCY_NO_INDICATORS + " " + Pointers.of("competencies", c));
            }
        }
        for (int p = 0; p < framework.programmes().size(); p++) {
            Programme programme = framework.programmes().get(p);
            for (String target : programme.targetProfile().keySet()) {
                if (framework.competency(target).orElseThrow().status() == CompetencyStatus.RETIRED) {
                    warnings.add(Codes.TARGET_RETIRED + " " + Pointers.of("programmes", p, "targetProfile", target));
                }
            }
        }
        return warnings;
    }
}
