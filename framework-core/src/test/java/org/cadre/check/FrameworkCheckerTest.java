package org.cadre.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.Translation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrameworkCheckerTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final String HLM_LEVELS = "[essential, proficient, strong, exemplary]";

    private static final ProficiencyScale HLM_4 = ProficiencyScale.builder("hlm-4", "Health leadership levels")
            .level("essential", "Essential", 1).level("proficient", "Proficient", 2)
            .level("strong", "Strong", 3).level("exemplary", "Exemplary", 4).build();
    private static final ProficiencyScale SFIA_7 = ProficiencyScale.builder("sfia-7", "SFIA levels")
            .level("follow", "Follow", 1).level("assist", "Assist", 2).level("apply", "Apply", 3)
            .level("enable", "Enable", 4).level("ensure", "Ensure, advise", 5)
            .level("initiate", "Initiate, influence", 6).level("strategy", "Set strategy", 7).build();

    /**
     * A sound framework that the tests add one defect to: a domain rated on hlm-4 at /competencies/0 with one
     * leaf that has indicators at /competencies/1. It has no issue (see {@link #findsNothingWrongWithTheBase}).
     */
    private static Framework.Builder base() {
        return Framework.builder("hlm", "1.0.0", "Healthcare leadership model")
                .scale(HLM_4)
                .competency(Competency.builder("hlm", "Leading in health").kind("domain").scale("hlm-4").build())
                .competency(competency("hlm.engaging-team").parent("hlm").indicators(indicatorAt("proficient"))
                        .build());
    }

    private static Competency.Builder competency(String id) {
        return Competency.builder(id, "About " + id);
    }

    private static Programme.Builder programme(String id) {
        return Programme.builder(id, "Programme " + id);
    }

    private static Map<String, List<String>> indicatorAt(String level) {
        return Map.of(level, List.of("Does something observable at " + level));
    }

    private static Translation frenchIndicatorsAt(String level) {
        return new Translation(Optional.of("En français"), Optional.empty(),
                Map.of(level, List.of("Fait quelque chose d'observable")));
    }

    private static List<Issue> check(Framework.Builder builder) {
        return FrameworkChecker.check(builder.build());
    }

    /** The only issue the framework has. */
    private static Issue onlyIssue(Framework.Builder builder) {
        List<Issue> issues = check(builder);
        assertThat(issues).hasSize(1);
        return issues.get(0);
    }

    /** The only issue with the given code. */
    private static Issue onlyIssue(List<Issue> issues, String code) {
        List<Issue> withCode = issues.stream().filter(issue -> issue.code().equals(code)).toList();
        assertThat(withCode).as("issues with code %s among %s", code, issues).hasSize(1);
        return withCode.get(0);
    }

    private static void assertIssue(Issue issue, String code, Severity severity, String pointer,
                                    String... inMessage) {
        assertThat(issue.code()).isEqualTo(code);
        assertThat(issue.severity()).isEqualTo(severity);
        assertThat(issue.pointer()).isEqualTo(pointer);
        assertThat(issue.message()).contains(inMessage);
        assertThat(issue.hasPosition()).as("a model has no file positions").isFalse();
    }

    private static List<String> codes(List<Issue> issues) {
        return issues.stream().map(Issue::code).toList();
    }

    @Test
    void findsNothingWrongWithTheBase() {
        assertThat(check(base())).isEmpty();
    }

    @Test
    void findsNothingWrongWithASoundFramework() {
        Framework framework = base()
                .language("en")
                .translations(Map.of("fr", Translation.of("Modèle de leadership", null)))
                .scale(SFIA_7.toBuilder().translations(Map.of("fr", Translation.of("Niveaux SFIA", null))).build())
                .competency(competency("hlm.leading-change").parent("hlm")
                        .indicators(Map.of("strong", List.of("Explains why"), "exemplary", List.of("Leads it")))
                        .translations(Map.of("fr", frenchIndicatorsAt("strong"))).build())
                .competency(competency("hlm.old").parent("hlm").status(CompetencyStatus.RETIRED)
                        .replacedBy("hlm.engaging-team").build())
                .competency(competency("hlm.older").status(CompetencyStatus.RETIRED).replacedBy("hlm.old").build())
                .competency(competency("digital").kind("skill").scale("sfia-7").indicators(indicatorAt("apply"))
                        .tags(List.of("it")).extensions(Extensions.of(Map.of("x-sfia-code", "\"DGFS\""))).build())
                .competency(competency("digital.data").parent("digital").indicators(indicatorAt("strategy")).build())
                .programme(programme("foundation").duration(new ProgrammeDuration(6, ProgrammeDuration.Unit.MONTHS))
                        .targetProfile(Map.of("hlm.engaging-team", "proficient", "digital", "apply"))
                        .leadsTo(List.of("senior", "digital-lead")).build())
                .programme(programme("senior").targetProfile(Map.of("hlm.leading-change", "strong", "hlm", "strong"))
                        .leadsTo(List.of("executive")).build())
                .programme(programme("digital-lead").targetProfile(Map.of("digital.data", "initiate"))
                        .leadsTo(List.of("executive")).build())
                .programme(programme("executive").targetProfile(Map.of("hlm.leading-change", "exemplary"))
                        .translations(Map.of("fr", Translation.of("Direction", null))).build())
                .build();

        assertThat(FrameworkChecker.check(framework)).isEmpty();
    }

    @Test
    void reportsEveryIndependentDefectInOneRun() {
        List<Issue> issues = check(base()
                .scale(HLM_4.toBuilder().description("copy").build())
                .scale(ProficiencyScale.builder("spare", "Spare").level("one", "One", 1).build())
                .competency(competency("hlm.x").parent("hml").build())
                .competency(competency("a").parent("b").build())
                .competency(competency("b").parent("a").build())
                .competency(competency("hlm.y").parent("hlm").indicators(indicatorAt("expert")).build())
                .programme(programme("foundation").targetProfile(Map.of("hlm.engaging-team", "expert"))
                        .leadsTo(List.of("senoir")).build()));

        assertThat(codes(issues)).containsExactlyInAnyOrder(
                Codes.SCALE_DUPLICATE_ID, Codes.SCALE_UNUSED, Codes.COMPETENCY_PARENT_UNKNOWN,
                Codes.COMPETENCY_CYCLE, Codes.INDICATOR_LEVEL_UNKNOWN, Codes.TARGET_LEVEL_UNKNOWN,
                Codes.PROGRAMME_LEADS_TO_UNKNOWN);
    }

    @Test
    void returnsAnUnmodifiableList() {
        List<Issue> issues = check(base().competency(competency("x").parent("nowhere").build()));

        assertThatThrownBy(() -> issues.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    class Scales {

        @Test
        void reportsAScaleIdUsedTwice() {
            Issue issue = onlyIssue(base().scale(ProficiencyScale.builder("hlm-4", "Copy").level("a", "A", 1).build()));

            assertIssue(issue, Codes.SCALE_DUPLICATE_ID, Severity.ERROR, "/scales/1/id", "[hlm-4]", "/scales/0");
        }

        @Test
        void reportsAScaleWithoutLevels() {
            List<Issue> issues = check(base().scale(ProficiencyScale.builder("empty", "Empty").build())
                    .competency(competency("c").scale("empty").status(CompetencyStatus.RETIRED).build()));

            assertThat(codes(issues)).containsExactly(Codes.SCALE_EMPTY);
            assertIssue(issues.get(0), Codes.SCALE_EMPTY, Severity.ERROR, "/scales/1/levels", "[empty]");
        }

        @Test
        void reportsTwoLevelsWithTheSameId() {
            Issue issue = onlyIssue(base()
                    .scale(ProficiencyScale.builder("twice", "Twice").level("a", "A", 1).level("b", "B", 2)
                            .level("a", "A again", 3).build())
                    .competency(competency("c").scale("twice").indicators(indicatorAt("b")).build()));

            assertIssue(issue, Codes.LEVEL_DUPLICATE_ID, Severity.ERROR, "/scales/1/levels/2/id", "[twice]", "[a]",
                    "/scales/1/levels/0");
        }

        @Test
        void reportsTwoLevelsWithTheSameRank() {
            Issue issue = onlyIssue(base()
                    .scale(ProficiencyScale.builder("ranked", "Ranked").level("a", "A", 1).level("b", "B", 2)
                            .level("c", "C", 2).build())
                    .competency(competency("c").scale("ranked").indicators(indicatorAt("b")).build()));

            assertIssue(issue, Codes.LEVEL_DUPLICATE_RANK, Severity.ERROR, "/scales/1/levels/2/rank", "[b]", "[c]",
                    "[ranked]", "rank 2");
        }

        @Test
        void warnsOfAScaleNoCompetencyIsRatedOn() {
            Issue issue = onlyIssue(base().scale(SFIA_7));

            assertIssue(issue, Codes.SCALE_UNUSED, Severity.WARNING, "/scales/1", "[sfia-7]");
        }

        @Test
        void countsAScaleAsUsedWhenOnlyRetiredCompetenciesAreRatedOnIt() {
            assertThat(check(base().scale(SFIA_7)
                    .competency(competency("old").scale("sfia-7").status(CompetencyStatus.RETIRED).build())))
                    .isEmpty();
        }
    }

    @Nested
    class Competencies {

        @Test
        void reportsACompetencyIdUsedTwice() {
            Issue issue = onlyIssue(base().competency(competency("hlm.engaging-team").parent("hlm")
                    .indicators(indicatorAt("strong")).build()));

            assertIssue(issue, Codes.COMPETENCY_DUPLICATE_ID, Severity.ERROR, "/competencies/2/id",
                    "[hlm.engaging-team]", "/competencies/1");
        }

        @Test
        void reportsAParentThatIsNotACompetency() {
            Issue issue = onlyIssue(base().competency(competency("hlm.x").parent("finance").build()));

            assertIssue(issue, Codes.COMPETENCY_PARENT_UNKNOWN, Severity.ERROR, "/competencies/2/parent", "[hlm.x]",
                    "[finance]");
            assertThat(issue.message()).doesNotContain("did you mean");
        }

        @Test
        void suggestsTheParentMeantByAOneLetterTypo() {
            Issue issue = onlyIssue(base().competency(competency("hlm.x").parent("hlm.engaging-tem").build()));

            assertIssue(issue, Codes.COMPETENCY_PARENT_UNKNOWN, Severity.ERROR, "/competencies/2/parent",
                    "[hlm.engaging-tem]", "(did you mean [hlm.engaging-team]?)");
        }

        @Test
        void suggestsTheParentMeantWhenTwoLettersAreSwapped() {
            Issue issue = onlyIssue(base().competency(competency("self-awareness").parent("hml").build()));

            assertIssue(issue, Codes.COMPETENCY_PARENT_UNKNOWN, Severity.ERROR, "/competencies/2/parent",
                    "[self-awareness]", "[hml]", "(did you mean [hlm]?)");
        }

        @Test
        void reportsAScaleThatIsNotAScaleOfTheFramework() {
            Issue issue = onlyIssue(base().competency(competency("c").scale("hlm-5").indicators(indicatorAt("strong"))
                    .build()));

            assertIssue(issue, Codes.COMPETENCY_SCALE_UNKNOWN, Severity.ERROR, "/competencies/2/scale", "[c]",
                    "[hlm-5]", "(did you mean [hlm-4]?)");
        }

        @Test
        void reportsIndicatorsOnACompetencyWithoutAnyScale() {
            Issue issue = onlyIssue(base().competency(competency("c").indicators(indicatorAt("strong")).build()));

            assertIssue(issue, Codes.COMPETENCY_NO_SCALE, Severity.ERROR, "/competencies/2/indicators", "[c]");
        }

        @Test
        void reportsTranslatedIndicatorsOnACompetencyWithoutAnyScale() {
            Issue issue = onlyIssue(base().competency(competency("c")
                    .translations(Map.of("fr", frenchIndicatorsAt("strong"))).build()));

            assertIssue(issue, Codes.COMPETENCY_NO_SCALE, Severity.ERROR,
                    "/competencies/2/translations/fr/indicators", "[c]");
        }

        @Test
        void reportsAnIndicatorLevelThatIsNotOnTheScale() {
            Issue issue = onlyIssue(base().competency(competency("c").parent("hlm").indicators(indicatorAt("expert"))
                    .build()));

            assertIssue(issue, Codes.INDICATOR_LEVEL_UNKNOWN, Severity.ERROR, "/competencies/2/indicators/expert",
                    "competency [c] is rated on scale [hlm-4] which has no level [expert]", HLM_LEVELS);
        }

        @Test
        void suggestsTheIndicatorLevelMeantByATypo() {
            Issue issue = onlyIssue(base().competency(competency("c").parent("hlm")
                    .indicators(indicatorAt("proficent")).build()));

            assertIssue(issue, Codes.INDICATOR_LEVEL_UNKNOWN, Severity.ERROR, "/competencies/2/indicators/proficent",
                    "[c]", "[proficent]", "(did you mean [proficient]?)");
        }

        @Test
        void reportsAnIndicatorLevelThatIsNotOnTheScaleInsideATranslation() {
            Issue issue = onlyIssue(base().competency(competency("c").parent("hlm").indicators(indicatorAt("strong"))
                    .translations(Map.of("fr", frenchIndicatorsAt("expert"))).build()));

            assertIssue(issue, Codes.INDICATOR_LEVEL_UNKNOWN, Severity.ERROR,
                    "/competencies/2/translations/fr/indicators/expert", "[c]", "[hlm-4]", "[expert]");
        }

        @Test
        void escapesAnIndicatorLevelInThePointer() {
            Issue issue = onlyIssue(base().competency(competency("c").parent("hlm")
                    .indicators(indicatorAt("senior/expert~1")).build()));

            assertIssue(issue, Codes.INDICATOR_LEVEL_UNKNOWN, Severity.ERROR,
                    "/competencies/2/indicators/senior~1expert~01", "[senior/expert~1]");
        }

        @Test
        void checksIndicatorsAgainstTheCompetencysOwnScaleRatherThanItsParents() {
            Issue issue = onlyIssue(base().scale(SFIA_7).competency(competency("c").parent("hlm").scale("sfia-7")
                    .indicators(Map.of("apply", List.of("Applies"), "proficient", List.of("Proficient"))).build()));

            assertIssue(issue, Codes.INDICATOR_LEVEL_UNKNOWN, Severity.ERROR, "/competencies/2/indicators/proficient",
                    "[c]", "[sfia-7]", "[proficient]");
        }

        @Test
        void warnsOfALeafWithItsOwnScaleButNoIndicators() {
            Issue issue = onlyIssue(base().competency(competency("c").parent("hlm").scale("hlm-4").build()));

            assertIssue(issue, Codes.COMPETENCY_NO_INDICATORS, Severity.WARNING, "/competencies/2", "[c]", "[hlm-4]");
        }

        @Test
        void doesNotWarnOfAParentWithoutIndicatorsThatPassesItsScaleDown() {
            assertThat(check(base().scale(SFIA_7)
                    .competency(competency("digital").scale("sfia-7").build())
                    .competency(competency("digital.data").parent("digital").indicators(indicatorAt("apply")).build())))
                    .isEmpty();
        }

        @Test
        void doesNotWarnOfARetiredLeafWithoutIndicators() {
            assertThat(check(base().competency(competency("c").scale("hlm-4").status(CompetencyStatus.RETIRED).build())))
                    .isEmpty();
        }

        @Test
        void doesNotWarnOfALeafWithoutIndicatorsThatInheritsItsScale() {
            assertThat(check(base().competency(competency("c").parent("hlm").build()))).isEmpty();
        }

        @Test
        void doesNotRepeatAnUnknownScaleAsATargetWithoutAScale() {
            Issue issue = onlyIssue(base().competency(competency("c").scale("nope").build())
                    .programme(programme("p").targetProfile(Map.of("c", "strong")).build()));

            assertIssue(issue, Codes.COMPETENCY_SCALE_UNKNOWN, Severity.ERROR, "/competencies/2/scale", "[nope]");
        }

        @Test
        void doesNotClaimNoAncestorNamesAScaleWhenTheAncestorsScaleIsUnknown() {
            Issue issue = onlyIssue(base()
                    .competency(competency("team").scale("nope").build())
                    .competency(competency("team.x").parent("team").indicators(indicatorAt("strong")).build()));

            assertIssue(issue, Codes.COMPETENCY_SCALE_UNKNOWN, Severity.ERROR, "/competencies/2/scale", "[team]",
                    "[nope]");
        }

        @Test
        void doesNotReportATargetAsNotRatedWhenAnAncestorsScaleIsUnknown() {
            Issue issue = onlyIssue(base()
                    .competency(competency("team").scale("nope").build())
                    .competency(competency("team.x").parent("team").build())
                    .programme(programme("p").targetProfile(Map.of("team.x", "strong")).build()));

            assertIssue(issue, Codes.COMPETENCY_SCALE_UNKNOWN, Severity.ERROR, "/competencies/2/scale", "[team]",
                    "[nope]");
        }
    }

    @Nested
    class ParentCycles {

        @Test
        void reportsACycleOnceAtTheMemberThatComesFirstInTheDocument() {
            // t hangs below the cycle; the walk from t enters the cycle at b, but a comes first in the document.
            Issue issue = onlyIssue(base()
                    .competency(competency("t").parent("b").build())   // 2
                    .competency(competency("a").parent("c").build())   // 3
                    .competency(competency("b").parent("a").build())   // 4
                    .competency(competency("c").parent("b").build())); // 5

            assertIssue(issue, Codes.COMPETENCY_CYCLE, Severity.ERROR, "/competencies/3/parent",
                    "[a] → [c] → [b] → [a]");
        }

        @Test
        void reportsACompetencyThatIsItsOwnParent() {
            Issue issue = onlyIssue(base().competency(competency("s").parent("s").build()));

            assertIssue(issue, Codes.COMPETENCY_CYCLE, Severity.ERROR, "/competencies/2/parent", "[s] → [s]");
        }

        @Test
        void reportsEachOfTwoSeparateCycles() {
            List<Issue> issues = check(base()
                    .competency(competency("x").parent("y").build())
                    .competency(competency("p").parent("p").build())
                    .competency(competency("y").parent("x").build()));

            assertThat(issues).extracting(Issue::code).containsOnly(Codes.COMPETENCY_CYCLE);
            assertThat(issues).extracting(Issue::pointer)
                    .containsExactlyInAnyOrder("/competencies/2/parent", "/competencies/3/parent");
            assertThat(issues).extracting(Issue::message)
                    .anySatisfy(message -> assertThat(message).contains("[x] → [y] → [x]"))
                    .anySatisfy(message -> assertThat(message).contains("[p] → [p]"));
        }

        @Test
        void doesNotMistakeASharedAncestorForACycle() {
            assertThat(check(base()
                    .competency(competency("hlm.engaging-team.a").parent("hlm.engaging-team").build())
                    .competency(competency("hlm.engaging-team.b").parent("hlm.engaging-team").build())
                    .competency(competency("hlm.engaging-team.a.1").parent("hlm.engaging-team.a").build())))
                    .isEmpty();
        }
    }

    @Nested
    class Replacements {

        private Competency.Builder retired(String id) {
            return competency(id).status(CompetencyStatus.RETIRED);
        }

        @Test
        void reportsAReplacementThatIsNotACompetency() {
            Issue issue = onlyIssue(base().competency(retired("old").replacedBy("hlm.engaging-tem").build()));

            assertIssue(issue, Codes.COMPETENCY_REPLACEMENT_UNKNOWN, Severity.ERROR, "/competencies/2/replacedBy",
                    "[old]", "[hlm.engaging-tem]", "(did you mean [hlm.engaging-team]?)");
        }

        @Test
        void warnsOfAnActiveCompetencyThatNamesAReplacement() {
            Issue issue = onlyIssue(base().competency(competency("old").replacedBy("hlm.engaging-team").build()));

            assertIssue(issue, Codes.COMPETENCY_REPLACEMENT_ACTIVE, Severity.WARNING, "/competencies/2/replacedBy",
                    "[old]", "[hlm.engaging-team]");
        }

        @Test
        void reportsReplacementsThatFormACycle() {
            Issue issue = onlyIssue(base()
                    .competency(retired("b").replacedBy("c").build())   // 2
                    .competency(retired("a").replacedBy("b").build())   // 3
                    .competency(retired("c").replacedBy("a").build())); // 4

            assertIssue(issue, Codes.COMPETENCY_REPLACEMENT_CYCLE, Severity.ERROR, "/competencies/2/replacedBy",
                    "[b] → [c] → [a] → [b]");
        }

        @Test
        void reportsACompetencyThatReplacesItself() {
            Issue issue = onlyIssue(base().competency(retired("old").replacedBy("old").build()));

            assertIssue(issue, Codes.COMPETENCY_REPLACEMENT_CYCLE, Severity.ERROR, "/competencies/2/replacedBy",
                    "[old] → [old]");
        }

        @Test
        void acceptsAChainOfReplacementsThatEndsAtAnActiveCompetency() {
            assertThat(check(base()
                    .competency(retired("oldest").replacedBy("old").build())
                    .competency(retired("old").replacedBy("hlm.engaging-team").build())))
                    .isEmpty();
        }
    }

    @Nested
    class Translations {

        private final Map<String, Translation> english = Map.of("en", Translation.of("In English", null));

        @Test
        void warnsOfTranslationsIntoTheFrameworksOwnLanguageWhereverTheyAre() {
            ProficiencyScale scale = HLM_4.toBuilder().translations(english)
                    .levels(List.of(HLM_4.levels().get(0),
                            new Level("proficient", "Proficient", 2, Optional.empty(), english, Extensions.none()),
                            HLM_4.levels().get(2), HLM_4.levels().get(3)))
                    .build();
            Framework framework = base().language("en").translations(english).scales(List.of(scale))
                    .competency(competency("c").parent("hlm").translations(english).build())
                    .programme(programme("p").translations(english).build())
                    .build();

            List<Issue> issues = FrameworkChecker.check(framework);

            assertThat(issues).extracting(Issue::pointer).containsExactlyInAnyOrder("/translations/en",
                    "/scales/0/translations/en", "/scales/0/levels/1/translations/en",
                    "/competencies/2/translations/en", "/programmes/0/translations/en");
            assertThat(issues).allSatisfy(issue -> {
                assertThat(issue.code()).isEqualTo(Codes.TRANSLATION_DEFAULT_LANGUAGE);
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.message()).contains("[en]");
            });
        }

        @Test
        void takesTheFrameworksDeclaredLanguageAsItsOwn() {
            Issue issue = onlyIssue(base().language("fr").competency(competency("c").parent("hlm")
                    .translations(Map.of("en", Translation.of("In English", null),
                            "fr", Translation.of("En français", null)))
                    .build()));

            assertIssue(issue, Codes.TRANSLATION_DEFAULT_LANGUAGE, Severity.WARNING,
                    "/competencies/2/translations/fr", "[fr]");
        }
    }

    @Nested
    class Programmes {

        @Test
        void reportsAProgrammeIdUsedTwice() {
            Issue issue = onlyIssue(base().programme(programme("foundation").build())
                    .programme(programme("foundation").build()));

            assertIssue(issue, Codes.PROGRAMME_DUPLICATE_ID, Severity.ERROR, "/programmes/1/id", "[foundation]",
                    "/programmes/0");
        }

        @Test
        void reportsALeadsToThatIsNotAProgramme() {
            Issue issue = onlyIssue(base()
                    .programme(programme("foundation").leadsTo(List.of("senior", "senoir")).build())
                    .programme(programme("senior").build()));

            assertIssue(issue, Codes.PROGRAMME_LEADS_TO_UNKNOWN, Severity.ERROR, "/programmes/0/leadsTo/1",
                    "[foundation]", "[senoir]", "(did you mean [senior]?)");
        }

        @Test
        void reportsALadderThatLeadsBackDownAtTheLinkThatClosesTheCycle() {
            Issue issue = onlyIssue(base()
                    .programme(programme("foundation").leadsTo(List.of("senior")).build())
                    .programme(programme("senior").leadsTo(List.of("executive")).build())
                    .programme(programme("executive").leadsTo(List.of("board", "foundation")).build())
                    .programme(programme("board").build()));

            assertIssue(issue, Codes.PROGRAMME_CYCLE, Severity.ERROR, "/programmes/2/leadsTo/1",
                    "[foundation] → [senior] → [executive] → [foundation]");
        }

        @Test
        void reportsAProgrammeThatLeadsToItself() {
            Issue issue = onlyIssue(base().programme(programme("loop").leadsTo(List.of("loop")).build()));

            assertIssue(issue, Codes.PROGRAMME_CYCLE, Severity.ERROR, "/programmes/0/leadsTo/0", "[loop] → [loop]");
        }

        @Test
        void acceptsTwoRoutesUpToTheSameProgramme() {
            assertThat(check(base()
                    .programme(programme("foundation").leadsTo(List.of("clinical", "managerial")).build())
                    .programme(programme("clinical").leadsTo(List.of("executive")).build())
                    .programme(programme("managerial").leadsTo(List.of("executive")).build())
                    .programme(programme("executive").build())))
                    .isEmpty();
        }

        @Test
        void reportsATargetCompetencyThatDoesNotExist() {
            Issue issue = onlyIssue(base().programme(programme("p")
                    .targetProfile(Map.of("hlm.engaging-tem", "strong")).build()));

            assertIssue(issue, Codes.TARGET_COMPETENCY_UNKNOWN, Severity.ERROR,
                    "/programmes/0/targetProfile/hlm.engaging-tem", "[p]", "[hlm.engaging-tem]",
                    "(did you mean [hlm.engaging-team]?)");
        }

        @Test
        void escapesATargetCompetencyInThePointer() {
            Issue issue = onlyIssue(base().programme(programme("p").targetProfile(Map.of("a/b~c", "strong")).build()));

            assertIssue(issue, Codes.TARGET_COMPETENCY_UNKNOWN, Severity.ERROR, "/programmes/0/targetProfile/a~1b~0c",
                    "[a/b~c]");
        }

        @Test
        void reportsATargetLevelThatIsNotOnTheCompetencysScale() {
            Issue issue = onlyIssue(base().programme(programme("p")
                    .targetProfile(Map.of("hlm.engaging-team", "expert")).build()));

            assertIssue(issue, Codes.TARGET_LEVEL_UNKNOWN, Severity.ERROR,
                    "/programmes/0/targetProfile/hlm.engaging-team", "[p]", "[expert]", "[hlm.engaging-team]",
                    "[hlm-4]", HLM_LEVELS);
        }

        @Test
        void reportsATargetOnACompetencyWithoutAScale() {
            Issue issue = onlyIssue(base().competency(competency("unrated").build())
                    .programme(programme("p").targetProfile(Map.of("unrated", "strong")).build()));

            assertIssue(issue, Codes.TARGET_NOT_RATED, Severity.ERROR, "/programmes/0/targetProfile/unrated", "[p]",
                    "[unrated]", "[strong]");
        }

        @Test
        void warnsOfATargetOnARetiredCompetencyAndNamesItsReplacement() {
            Issue issue = onlyIssue(base()
                    .competency(competency("hlm.old").parent("hlm").status(CompetencyStatus.RETIRED)
                            .replacedBy("hlm.engaging-team").build())
                    .programme(programme("p").targetProfile(Map.of("hlm.old", "strong")).build()));

            assertIssue(issue, Codes.TARGET_RETIRED, Severity.WARNING, "/programmes/0/targetProfile/hlm.old", "[p]",
                    "[hlm.old]", "replaced by [hlm.engaging-team]");
        }
    }

    @Nested
    class LongChains {

        private static final int LONG = 100_000;

        /** c0 (rated on hlm-4) is the root; each next competency is the child of the one before. */
        private Framework parentChain(int length, boolean closed) {
            Framework.Builder builder = Framework.builder("chain", "1.0.0", "A long chain").scale(HLM_4);
            for (int i = 0; i < length; i++) {
                String parent = i > 0 ? "c" + (i - 1) : closed ? "c" + (length - 1) : null;
                Competency.Builder competency = competency("c" + i).parent(parent);
                if (i == 0) {
                    competency.scale("hlm-4");
                }
                if (i == length - 1) {
                    competency.indicators(indicatorAt("strong"));
                }
                builder.competency(competency.build());
            }
            return builder.build();
        }

        private List<Issue> checkQuickly(Framework framework) {
            return assertTimeoutPreemptively(QUICKLY, () -> FrameworkChecker.check(framework));
        }

        @Test
        void checksAParentChainAThousandLong() {
            assertThat(checkQuickly(parentChain(1_000, false))).isEmpty();
        }

        @Test
        void reportsAParentCycleAThousandLong() {
            int length = 1_000;

            Issue issue = onlyIssue(checkQuickly(parentChain(length, true)), Codes.COMPETENCY_CYCLE);

            assertIssue(issue, Codes.COMPETENCY_CYCLE, Severity.ERROR, "/competencies/0/parent",
                    "[c0] → [c" + (length - 1) + "] → [c" + (length - 2) + "]", "[c1] → [c0]");
        }

        @Test
        void checksAParentChainOfAHundredThousandQuickly() {
            assertThat(checkQuickly(parentChain(LONG, false))).isEmpty();
        }

        @Test
        void reportsAParentCycleOfAHundredThousandQuickly() {
            Issue issue = onlyIssue(checkQuickly(parentChain(LONG, true)), Codes.COMPETENCY_CYCLE);

            assertIssue(issue, Codes.COMPETENCY_CYCLE, Severity.ERROR, "/competencies/0/parent",
                    "[c0] → [c" + (LONG - 1) + "]", "[c1] → [c0]");
        }

        @Test
        void checksAHundredThousandReplacementsInAChain() {
            Framework.Builder builder = base();
            for (int i = 0; i < LONG; i++) {
                String next = i < LONG - 1 ? "r" + (i + 1) : "hlm.engaging-team";
                builder.competency(competency("r" + i).status(CompetencyStatus.RETIRED).replacedBy(next).build());
            }

            assertThat(checkQuickly(builder.build())).isEmpty();
        }

        @Test
        void reportsAReplacementCycleAHundredThousandLong() {
            Framework.Builder builder = base();
            for (int i = 0; i < LONG; i++) {
                builder.competency(competency("r" + i).status(CompetencyStatus.RETIRED)
                        .replacedBy("r" + ((i + 1) % LONG)).build());
            }

            List<Issue> issues = checkQuickly(builder.build());

            assertThat(issues).hasSize(1);
            assertIssue(issues.get(0), Codes.COMPETENCY_REPLACEMENT_CYCLE, Severity.ERROR,
                    "/competencies/2/replacedBy", "[r0] → [r1] → [r2]", "[r" + (LONG - 1) + "] → [r0]");
        }

        @Test
        void checksALadderAHundredThousandProgrammesLong() {
            Framework.Builder builder = base();
            for (int i = 0; i < LONG; i++) {
                builder.programme(programme("p" + i).leadsTo(i < LONG - 1 ? List.of("p" + (i + 1)) : List.of())
                        .build());
            }

            assertThat(checkQuickly(builder.build())).isEmpty();
        }

        @Test
        void reportsAProgrammeCycleAHundredThousandLong() {
            Framework.Builder builder = base();
            for (int i = 0; i < LONG; i++) {
                builder.programme(programme("p" + i).leadsTo(List.of("p" + ((i + 1) % LONG))).build());
            }

            List<Issue> issues = checkQuickly(builder.build());

            assertThat(issues).hasSize(1);
            assertIssue(issues.get(0), Codes.PROGRAMME_CYCLE, Severity.ERROR,
                    "/programmes/" + (LONG - 1) + "/leadsTo/0", "[p0] → [p1] → [p2]", "[p" + (LONG - 1) + "] → [p0]");
        }
    }
}
