package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.Checkpoints;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Explanation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Selection;
import org.cadre.evaluation.Verdict;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seed systems of issue 5, each judged on its named example people: one eligible, one not eligible with
 * the expected gap, one unknown with the expected missing data.
 */
class SeedSystemsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final DocumentLoader LOADER = DocumentLoader.create();

    /** A shipped framework, compiled, with the people of one shipped people file. */
    private record Seed(CompiledFramework ladder, Map<String, Person> people) {
        static Seed of(String framework, String people) {
            Framework loaded = LOADER.loadFramework(Path.of("frameworks", framework)).orThrow();
            return new Seed(CompiledFramework.compile(loaded), LOADER.loadCohort(Path.of("people", people), loaded, AS_OF)
                    .orThrow().stream().collect(Collectors.toMap(Person::id, Function.identity())));
        }

        Evaluation entry(String person, String programme) {
            return ladder.evaluateEntry(people.get(person), programme, AS_OF, true);
        }

        Gap gap(String person, String programme) {
            return ladder.gap(people.get(person), programme, AS_OF);
        }

        Verdict completion(String person, String programme) {
            return ladder.completion(programme).orElseThrow().verdict(ladder.state(people.get(person), AS_OF));
        }
    }

    private static List<String> changes(Gap gap) {
        return gap.changes().orElseThrow().stream().map(Change::sentence).toList();
    }

    private static List<String> requirements(Gap gap) {
        return gap.requirements().stream().map(Explanation::sentence).toList();
    }

    @Test
    void everyShippedPeopleFileHasAFrameworkThatIsShipped() {
        for (String people : ShippedExamples.PEOPLE) {
            assertThat(ShippedExamples.FRAMEWORKS).as(people).contains(ShippedExamples.frameworkFor(people));
        }
    }

    @Nested
    class NhsLadder {
        private final Seed seed = Seed.of("nhs-hlm.json", "nhs-ladder-people.json");

        @Test
        void completingRosalindFranklinCountsTowardTheExperienceElizabethGarrettAndersonAsksFor() {
            Evaluation evaluation = seed.entry("nhs-p101", "nhs.elizabeth-garrett-anderson");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.MET);
            assertThat(evaluation.explanation().orElseThrow().render())
                    .contains("[not-met] degree is [none]")
                    .contains("[not-met] monthsLeadingTeams is 40 months; at least 60 months is required")
                    .contains("[met] the named rule [hlm.franklin-credit] is required");
        }

        @Test
        void aNyeBevanGraduateIsTwoThousandHoursOfPracticeShortOfAspiringChiefExecutive() {
            Gap gap = seed.gap("nhs-p102", "nhs.aspiring-chief-executive");

            assertThat(gap.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(changes(gap)).containsExactly("increase practiceHours from 3000 to 5000 hours (2000 hours more)");
        }

        @Test
        void readinessForMarySeacoleIsUnknownWithOnlyThreeDimensionsAssessed() {
            Evaluation evaluation = seed.entry("nhs-p103", "nhs.mary-seacole");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).hasSize(6).contains("a rating of Connecting our service");
        }

        @Test
        void aRosalindFranklinParticipantWithAProjectThisYearMeetsTheCompletionRule() {
            assertThat(seed.completion("nhs-p104", "nhs.rosalind-franklin")).isEqualTo(Verdict.MET);
            assertThat(seed.completion("nhs-p101", "nhs.rosalind-franklin")).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void everyRungHasACompletionRule() {
            for (Programme programme : seed.ladder().framework().programmes()) {
                assertThat(programme.completion()).as(programme.id()).isPresent();
            }
        }
    }

    @Nested
    class PositiveAction {
        private final Seed seed = Seed.of("nhs-positive-action.json", "positive-action-people.json");

        @Test
        void aBandSixNurseWhoDeclaresABlackBackgroundIsEligibleForSteppingUp() {
            assertThat(seed.entry("pa-p01", "pa.stepping-up").verdict()).isEqualTo(Verdict.MET);
            assertThat(seed.entry("pa-p01", "pa.ready-now").verdict()).isEqualTo(Verdict.NOT_MET);
        }

        @Test
        void readyNowNeedsTheCommitmentToCoachWhichNoDevelopmentChangeCanSupply() {
            Gap gap = seed.gap("pa-p02", "pa.ready-now");

            assertThat(gap.verdict()).isEqualTo(Verdict.NOT_MET);
            assertThat(requirements(gap)).containsExactly("coachingCommitment is [no]; one of [yes] is required");
            assertThat(gap.reachable()).isFalse();
        }

        @Test
        void withoutADeclaredEthnicGroupEligibilityIsUnknownAndTheFactIsNamed() {
            Evaluation evaluation = seed.entry("pa-p03", "pa.stepping-up");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).containsExactly("the fact ethnicGroup");
        }

        @Test
        void aBand8aLeaderWhoCommitsToCoachIsEligibleForReadyNowButNotForSteppingUp() {
            assertThat(seed.entry("pa-p04", "pa.ready-now").verdict()).isEqualTo(Verdict.MET);
            assertThat(seed.entry("pa-p04", "pa.stepping-up").verdict()).isEqualTo(Verdict.NOT_MET);
        }
    }

    @Nested
    class Commissioning {
        private final Seed seed = Seed.of("ontario-commissioning.json", "commissioning-people.json");

        @Test
        void theLeaderOfAReformWithSomeGroundingMayJoinTheBootCamp() {
            assertThat(seed.entry("cb-p01", "cb.boot-camp").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void someoneWhoOnlyContributesToAReformIsNotEligibleAndNoDevelopmentChangesThat() {
            Gap gap = seed.gap("cb-p02", "cb.boot-camp");

            assertThat(requirements(gap)).containsExactly("reformRole is [contributing]; one of [leading] is required");
            assertThat(gap.reachable()).isFalse();
        }

        @Test
        void aLeaderNeverAssessedOnTheFourPracticesIsUnknown() {
            Evaluation evaluation = seed.entry("cb-p03", "cb.boot-camp");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).containsExactlyInAnyOrder("a rating of Market shaping",
                    "a rating of Outcomes-based contracting", "a rating of Partnership across agencies",
                    "a rating of Consumer-directed funding");
        }

        @Test
        void theBootCampEndsWithAPlanForTheLeadersOrganisation() {
            assertThat(seed.completion("cb-p04", "cb.boot-camp")).isEqualTo(Verdict.MET);
            assertThat(seed.completion("cb-p01", "cb.boot-camp")).isEqualTo(Verdict.NOT_MET);
        }
    }

    @Nested
    class TopLeaders {
        private final Seed seed = Seed.of("sa-health-leaders.json", "sa-health-people.json");

        @Test
        void theProgrammeHasTwoHundredAndFiftyPlacesAndFourCheckpointsOverTwoYears() {
            Programme programme = seed.ladder().framework().programme("sa.top-leaders").orElseThrow();

            assertThat(programme.capacity()).contains(250);
            assertThat(programme.selection()).hasSize(3);
            assertThat(programme.checkpoints()).extracting(c -> c.month()).containsExactly(3, 12, 18, 24);
        }

        @Test
        void eligibleLeadersAreRankedNominatedFirstThenByMeanLevel() {
            Selection.Result result = Selection.of(seed.ladder(), "sa.top-leaders")
                    .select(seed.people().values(), AS_OF);

            assertThat(result.selected()).extracting(Selection.Candidate::personId)
                    .containsExactly("sa-p01", "sa-p02", "sa-p03");
            assertThat(result.selected().get(0).keys()).containsExactly("met: nominated is one of [yes]",
                    "mean level 1.80", "monthsLeadingTeams 180");
            assertThat(result.waiting()).isEmpty();
            assertThat(result.unknown()).isEqualTo(1);
            assertThat(result.notEligible()).isEqualTo(1);
            assertThat(result.alreadyTaken()).isEqualTo(1);
        }

        @Test
        void aManagerWithFourYearsOfLeadingTeamsIsNotEligible() {
            Gap gap = seed.gap("sa-p04", "sa.top-leaders");

            assertThat(requirements(gap)).containsExactly(
                    "role is [manager]; one of [clinical-leader, director, executive-director, chief-executive] is required",
                    "monthsLeadingTeams is 48 months; at least 60 months is required");
            assertThat(gap.reachable()).isFalse();
        }

        @Test
        void aDirectorAssessedOnTwoCapabilitiesIsUnknown() {
            Evaluation evaluation = seed.entry("sa-p05", "sa.top-leaders");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).containsExactlyInAnyOrder(
                    "a rating of Partnering with communities and government", "a rating of Stewardship of resources",
                    "a rating of Leading culture and people");
        }

        @Test
        void aParticipantAgreedAPlanOnTimeButMissedTheFirstYearReview() {
            Checkpoints.Progress progress = Checkpoints.of(seed.ladder(), "sa.top-leaders")
                    .progress(seed.people().get("sa-p06"), AS_OF);

            assertThat(progress.checkpoints()).extracting(Checkpoints.Status::state).containsExactly(
                    Checkpoints.State.MET, Checkpoints.State.NOT_MET, Checkpoints.State.NOT_DUE,
                    Checkpoints.State.NOT_DUE);
            assertThat(progress.checkpoints().get(1).due()).contains(LocalDate.of(2026, 9, 1));
            assertThat(progress.onTrack()).isFalse();
        }
    }

    @Nested
    class SelfManagedTeams {
        private final Seed seed = Seed.of("buurtzorg-teams.json", "buurtzorg-people.json");

        @Test
        void aNurseInATeamOfElevenWhoPlansTheRotaIsReadyForATeamRole() {
            assertThat(seed.entry("bz-p01", "bz.team-role").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void aTeamOfFourteenIsLargerThanASelfManagedTeamMayBe() {
            Gap gap = seed.gap("bz-p02", "bz.team-role");

            assertThat(requirements(gap)).containsExactly("teamSize is 14 people; at most 12 people is required");
        }

        @Test
        void someoneWhoSupportsOtherTeamsWithoutManagingThemIsReadyToCoach() {
            assertThat(seed.entry("bz-p03", "bz.coach").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void helpingOneMoreTeamClosesTheGapToTheCoachRole() {
            assertThat(changes(seed.gap("bz-p04", "bz.coach")))
                    .containsExactly("increase teamsSupported from 1 to 2 teams (1 team more)");
        }

        @Test
        void readinessForATeamRoleIsUnknownBeforeTheSkillsAreAssessed() {
            Evaluation evaluation = seed.entry("bz-p05", "bz.team-role");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).contains("a rating of Solution-focused team meetings",
                    "a rating of Shared responsibility");
        }
    }

    @Nested
    class BalancedLeadership {
        private final Seed seed = Seed.of("balanced-leadership.json", "balanced-people.json");

        @Test
        void strengthsInBalanceOpenSeniorLeadershipDevelopment() {
            assertThat(seed.entry("bl-p01", "bl.senior-leadership").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void confidenceAndPersuasionFarAheadOfAuthenticityAreOutOfBalance() {
            Gap gap = seed.gap("bl-p02", "bl.senior-leadership");

            assertThat(requirements(gap)).singleElement().asString().contains("3 levels apart");
            assertThat(changes(gap)).containsExactly("raise Authenticity from emerging to strong (2 levels)");
        }

        @Test
        void aBalanceWithAnUnassessedSideIsUnknown() {
            Evaluation evaluation = seed.entry("bl-p03", "bl.senior-leadership");

            assertThat(evaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(evaluation.missing()).containsExactlyInAnyOrder("a rating of Agility",
                    "a rating of Knowing the organisation");
        }
    }

    @Nested
    class Mastery {
        private final Seed seed = Seed.of("mastery-practice.json", "mastery-people.json");

        @Test
        void anExpertWithElevenThousandHoursIsRecognised() {
            assertThat(seed.entry("mp-p01", "mp.expert").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void theGapSaysHowManyHoursOfPracticeAreStillNeeded() {
            assertThat(changes(seed.gap("mp-p02", "mp.expert")))
                    .containsExactly("increase practiceHours from 6500 to 10000 hours (3500 hours more)");
        }

        @Test
        void withoutRecordedHoursMasteryIsUnknown() {
            assertThat(seed.entry("mp-p03", "mp.expert").missing()).containsExactly("the fact practiceHours");
        }
    }

    @Nested
    class Tenure {
        private final Seed seed = Seed.of("executive-tenure.json", "tenure-people.json");

        @Test
        void threeYearsInPostOpenTheExecutiveFellowship() {
            assertThat(seed.entry("et-p01", "et.executive-fellowship").verdict()).isEqualTo(Verdict.MET);
            assertThat(seed.entry("et-p04", "et.board-induction").verdict()).isEqualTo(Verdict.MET);
        }

        @Test
        void aChiefExecutiveFourteenMonthsInPostIsTwentyTwoMonthsShortOfThePeerExchange() {
            assertThat(changes(seed.gap("et-p02", "et.chief-executive-exchange")))
                    .containsExactly("increase monthsInRole from 14 to 36 months (22 months more)");
        }

        @Test
        void withoutARecordedTimeInPostThePeerExchangeIsUnknown() {
            assertThat(seed.entry("et-p03", "et.chief-executive-exchange").missing())
                    .containsExactly("the fact monthsInRole");
        }
    }
}
