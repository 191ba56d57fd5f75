package org.cadre.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.model.Competency;
import org.cadre.model.Extensions;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.testing.plans.PlanCases;
import org.junit.jupiter.api.Test;

/** Drafting a plan from a gap and a catalogue: what it chooses, and how it says no. */
class PlanDrafterTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final Map<LearningCategory, Integer> SEVENTY_TWENTY_TEN = Map.of(LearningCategory.EXPERIENCE, 70,
            LearningCategory.SOCIAL, 20, LearningCategory.FORMAL, 10);
    private static final PlanPolicy POLICY = new PlanPolicy(Map.of(PlanStatus.AGREED, List.of("line-manager")),
            Optional.of(BigDecimal.valueOf(6)), Optional.of(12), Optional.of(52), SEVENTY_TWENTY_TEN, 15,
            Optional.of(13), true, List.of());

    private static Framework framework(PlanPolicy policy, Rule entry) {
        return Framework.builder("mini", "1.0.0", "Mini")
                .scale(PlanCases.fourLevels())
                .competency(Competency.builder("root", "Model").scale("four").build())
                .competency(Competency.builder("team", "Engaging the team").parent("root")
                        .indicators(Map.of("essential", List.of("x"))).build())
                .competency(Competency.builder("care", "Leading with care").parent("root")
                        .indicators(Map.of("essential", List.of("x"))).build())
                .fact(FactDefinition.string("band", "7", "8a"))
                .programme(Programme.builder("base", "Base").build())
                .programme(Programme.builder("next", "Next rung").entry(entry).build())
                .planPolicy(policy)
                .build();
    }

    private static final Rule BOTH_STRONG = new Rule.All(List.of(
            new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"),
            new Rule.Level("care", Rule.Comparison.AT_LEAST, "proficient")));

    private static final Person PERSON = Person.builder("p-1")
            .rating(new Rating("team", "proficient", RaterSource.MANAGER, Optional.of("m"), START.minusMonths(2)))
            .rating(new Rating("care", "essential", RaterSource.MANAGER, Optional.of("m"), START.minusMonths(2)))
            .build();

    private static CatalogueItem item(String id, String type, int hours, int weeks, String... develops) {
        return new CatalogueItem(id, "Item " + id, type, List.of(develops), Optional.empty(), Optional.empty(),
                BigDecimal.valueOf(hours), Optional.of(weeks), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Catalogue catalogue(CatalogueItem... items) {
        return new Catalogue("cat", "Catalogue", "mini", Optional.empty(), Optional.empty(), List.of(items),
                Extensions.none());
    }

    private static Draft draft(Framework framework, Catalogue catalogue, Person person) {
        return PlanDrafter.draft(CompiledFramework.compile(framework), catalogue, person, "next", START);
    }

    private static Issue only(Draft draft, String code) {
        assertThat(draft.plan()).isEmpty();
        assertThat(draft.issues()).extracting(Issue::code).containsExactly(code);
        return draft.issues().get(0);
    }

    @Test
    void draftsGoalsFromTheGapAndActivitiesThatServeThemWithinThePolicy() {
        Catalogue catalogue = catalogue(item("rounds", "stretch-assignment", 40, 12, "team", "care"),
                item("coach", "coaching", 9, 12, "team"), item("course", "course", 7, 1, "care"),
                item("unrelated", "secondment", 200, 12));

        Draft draft = draft(framework(POLICY, BOTH_STRONG), catalogue, PERSON);

        Plan plan = draft.plan().orElseThrow();
        assertThat(draft.issues()).isEmpty();
        assertThat(plan.goals()).extracting(Goal::competency, Goal::from, Goal::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("care", Optional.of("essential"), "proficient"),
                org.assertj.core.groups.Tuple.tuple("team", Optional.of("proficient"), "strong"));
        // The stretch assignment serves both goals; coaching brings the social share within 15 points of 20.
        assertThat(plan.activities()).extracting(Activity::id).containsExactly("rounds", "coach");
        assertThat(plan.activities()).allMatch(activity -> activity.item().equals(Optional.of(activity.id())));
        assertThat(plan.activities().get(0).goals()).containsExactly("goal-1", "goal-2");
        assertThat(plan.start()).isEqualTo(START);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.approvals()).isEmpty();
        // 49 hours fit the policy's shortest plan, 12 weeks, at about 4 a week; it needs no review between its
        // start and its end, which are 13 weeks apart at most.
        assertThat(plan.end()).isEqualTo(START.plusWeeks(12).minusDays(1));
        assertThat(plan.reviews()).isEmpty();
        assertThat(PlanChecker.check(framework(POLICY, BOTH_STRONG), plan, POLICY, catalogue)).isEmpty();
    }

    @Test
    void saysThereIsNothingToPlanForSomeoneWhoAlreadyQualifies() {
        Rule easy = new Rule.Level("team", Rule.Comparison.AT_LEAST, "essential");

        Issue issue = only(draft(framework(POLICY, easy), Catalogue.standard(framework(POLICY, easy)), PERSON),
                Codes.DRAFT_NOT_NEEDED);

        assertThat(issue.message()).contains("[p-1] already meets the entry rule of [next]");
    }

    @Test
    void refusesWhenOnlyABandCouldMeetTheRule() {
        Rule band = new Rule.All(List.of(BOTH_STRONG, new Rule.StringFact("band", List.of("8a"))));
        Person person = PERSON.toBuilder().string("band", "7").build();

        Issue issue = only(draft(framework(POLICY, band), Catalogue.standard(framework(POLICY, band)), person),
                Codes.DRAFT_UNREACHABLE);

        assertThat(issue.pointer()).isEqualTo("/target/programme");
        assertThat(issue.message()).contains("no development can meet the entry rule of [next]");
    }

    @Test
    void refusesWhenWhatIsLackingIsNotALevelAndWarnsWhenPartOfItIsNot() {
        Rule programme = new Rule.ProgrammeTaken("base", Rule.Taken.COMPLETED, Optional.empty());
        Framework onlyProgramme = framework(POLICY, programme);
        assertThat(only(draft(onlyProgramme, Catalogue.standard(onlyProgramme), PERSON), Codes.DRAFT_NO_GOALS)
                .message()).contains("complete Base");

        Framework both = framework(POLICY, new Rule.All(List.of(BOTH_STRONG, programme)));
        Draft draft = draft(both, Catalogue.standard(both), PERSON);
        assertThat(draft.plan()).isPresent();
        assertThat(draft.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.DRAFT_NOT_ADDRESSED);
            assertThat(issue.isError()).isFalse();
            assertThat(issue.message()).contains("complete Base");
        });
    }

    @Test
    void namesTheGoalTheCatalogueHasNothingFor() {
        Catalogue catalogue = catalogue(item("coach", "coaching", 9, 12, "team"),
                new CatalogueItem("beginners", "Care for beginners", "course", List.of("care"), Optional.empty(),
                        Optional.of("essential"), BigDecimal.TEN, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));

        Issue issue = only(draft(framework(POLICY, BOTH_STRONG), catalogue, PERSON), Codes.DRAFT_NO_ACTIVITY);

        assertThat(issue.pointer()).isEqualTo("/goals/0");
        assertThat(issue.message()).contains("no activity that develops Leading with care [care] up to [proficient]");
    }

    @Test
    void saysSoWhenNoChoiceOfItemsMakesUpTheLearningMix() {
        PlanPolicy strict = new PlanPolicy(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                SEVENTY_TWENTY_TEN, 5, Optional.empty(), true, List.of());
        Catalogue formalOnly = catalogue(item("course", "course", 10, 2, "team", "care"),
                item("programme", "formal-programme", 40, 12, "team"));

        Issue issue = only(draft(framework(strict, BOTH_STRONG), formalOnly, PERSON), Codes.DRAFT_LEARNING_MIX);

        assertThat(issue.message()).contains("within 5 points").contains("formal 100% (asked 10%)");
    }

    @Test
    void saysSoWhenTheHoursDoNotFitTheLongestPlan() {
        PlanPolicy tight = new PlanPolicy(Map.of(), Optional.of(BigDecimal.ONE), Optional.empty(), Optional.of(20),
                Map.of(), 0, Optional.empty(), true, List.of());
        Catalogue heavy = catalogue(item("secondment", "secondment", 150, 12, "team", "care"));

        Issue issue = only(draft(framework(tight, BOTH_STRONG), heavy, PERSON), Codes.DRAFT_NO_TIME);

        assertThat(issue.message()).contains("150 hours").contains("at most 1 a week").contains("20 weeks");
    }

    @Test
    void refusesAPolicyThatWantsApprovalsForADraft() {
        PlanPolicy approvals = new PlanPolicy(Map.of(PlanStatus.DRAFT, List.of("mentor")), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(), 0, Optional.empty(), true, List.of());

        Issue issue = only(draft(framework(approvals, BOTH_STRONG), Catalogue.standard(framework(approvals,
                BOTH_STRONG)), PERSON), Codes.DRAFT_APPROVALS);

        assertThat(issue.message()).contains("[mentor]");
    }

    @Test
    void aBrokenCatalogueIsReportedInsteadOfDrafted() {
        Catalogue broken = catalogue(item("coach", "coaching", 9, 12, "team", "teamwork"),
                item("coach", "juggling", 1, 1, "care"));

        Draft draft = draft(framework(POLICY, BOTH_STRONG), broken, PERSON);

        assertThat(draft.plan()).isEmpty();
        assertThat(draft.issues()).extracting(Issue::code, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_COMPETENCY_UNKNOWN, "/items/0/develops/1"),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_DUPLICATE_ID, "/items/1/id"),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_ACTIVITY_TYPE_UNKNOWN, "/items/1/type"));
    }

    @Test
    void anUnknownProgrammeIsReportedWithASuggestion() {
        Draft draft = PlanDrafter.draft(CompiledFramework.compile(framework(POLICY, BOTH_STRONG)),
                Catalogue.standard(framework(POLICY, BOTH_STRONG)), PERSON, "nxt", START);

        assertThat(draft.plan()).isEmpty();
        assertThat(draft.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Codes.PLAN_PROGRAMME_UNKNOWN);
            assertThat(issue.message()).contains("[nxt]").contains("next");
        });
    }

    @Test
    void theStandardCatalogueDevelopsEveryRatedCompetencyWithOneItemPerStandardType() {
        Catalogue standard = Catalogue.standard(framework(POLICY, BOTH_STRONG));

        assertThat(standard.items()).hasSize(org.cadre.model.ActivityType.STANDARD.size());
        assertThat(standard.items()).allSatisfy(item -> assertThat(item.develops())
                .containsExactly("root", "team", "care"));
        assertThat(CatalogueChecker.check(framework(POLICY, BOTH_STRONG), standard, POLICY)).isEmpty();
    }
}
