package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Progression;
import org.cadre.evaluation.Verdict;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.junit.jupiter.api.Test;

/** The NHS Leadership Academy ladder judges the shipped example people as their descriptions say. */
class NhsLadderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final Framework HLM = LOADER.loadFramework(Path.of("frameworks/nhs-hlm.json")).orThrow();
    private static final CompiledFramework LADDER = CompiledFramework.compile(HLM);
    private static final Map<String, Person> PEOPLE = LOADER.loadCohort(Path.of("people/nhs-people.json"), HLM, AS_OF)
            .orThrow().stream().collect(Collectors.toMap(Person::id, Function.identity()));

    private static Evaluation entry(String person, String programme) {
        return LADDER.evaluateEntry(PEOPLE.get(person), programme, AS_OF, true);
    }

    @Test
    void theLadderHasEntryRulesForEveryRungButTheOpenFoundation() {
        assertThat(LADDER.entry("nhs.edward-jenner")).isEmpty();
        HLM.programmes().stream().filter(p -> !p.id().equals("nhs.edward-jenner"))
                .forEach(p -> assertThat(LADDER.entry(p.id())).as(p.id()).isPresent());
    }

    @Test
    void aFoundationGraduateRatedOnSixDimensionsIsReadyForMarySeacole() {
        assertThat(entry("nhs-p001", "nhs.mary-seacole").verdict()).isEqualTo(Verdict.MET);
        Progression progression = LADDER.progression(PEOPLE.get("nhs-p001"), AS_OF);
        assertThat(progression.next()).containsExactly("nhs.mary-seacole");
    }

    @Test
    void tenMonthsOfLeadingTeamsAreAllThatStandBetweenTheSecondPersonAndRosalindFranklin() {
        Gap gap = LADDER.gap(PEOPLE.get("nhs-p002"), "nhs.rosalind-franklin", AS_OF);

        assertThat(gap.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(gap.changes().orElseThrow()).extracting(Change::sentence)
                .containsExactly("increase monthsLeadingTeams from 14 to 24 months (10 months more)");
        Person later = LADDER.apply(PEOPLE.get("nhs-p002"), gap.changes().orElseThrow(), AS_OF);
        assertThat(LADDER.entry("nhs.rosalind-franklin").orElseThrow().verdict(LADDER.state(later, AS_OF)))
                .isEqualTo(Verdict.MET);
    }

    @Test
    void readinessForNyeBevanIsUnknownWhileThreeDimensionsAreUnassessed() {
        Evaluation evaluation = entry("nhs-p003", "nhs.nye-bevan");

        assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(evaluation.missing()).containsExactlyInAnyOrder("a rating of Holding to account",
                "a rating of Developing capability", "a rating of Influencing for results");
    }

    @Test
    void elizabethGarrettAndersonTakesADegreeOrSixYearsOfLeadingTeams() {
        assertThat(entry("nhs-p004", "nhs.elizabeth-garrett-anderson").verdict()).isEqualTo(Verdict.MET);
        assertThat(entry("nhs-p005", "nhs.elizabeth-garrett-anderson").verdict()).isEqualTo(Verdict.MET);
        String explained = entry("nhs-p005", "nhs.elizabeth-garrett-anderson").explanation().orElseThrow().render();
        assertThat(explained).contains("[not-met] degree is [none]")
                .contains("[met] monthsLeadingTeams is 72 months; at least 60 months is required");
    }

    @Test
    void aChiefExecutiveFiveMonthsInPostIsEligibleForTheNewChiefExecutivesProgramme() {
        assertThat(entry("nhs-p006", "nhs.new-chief-executive").verdict()).isEqualTo(Verdict.MET);
        assertThat(LADDER.progression(PEOPLE.get("nhs-p006"), AS_OF).next()).containsExactly("nhs.new-chief-executive");
    }

    @Test
    void everyShippedPeopleFileIsListedAndValid() throws Exception {
        List<String> onDisk;
        try (var files = Files.list(Path.of("people"))) {
            onDisk = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(ShippedExamples.PEOPLE).containsExactlyInAnyOrderElementsOf(onDisk);
        for (String name : ShippedExamples.PEOPLE) {
            Framework framework = LOADER.loadFramework(ShippedExamples.framework(ShippedExamples.frameworkFor(name)),
                    ShippedExamples.frameworkFor(name)).orThrow();
            assertThat(LOADER.loadCohort(ShippedExamples.people(name), name, framework, AS_OF).report().issues())
                    .as(name).isEmpty();
        }
    }
}
