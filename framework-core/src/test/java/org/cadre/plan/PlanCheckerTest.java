package org.cadre.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
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
import org.cadre.report.Severity;
import org.cadre.testing.plans.PlanCases;
import org.junit.jupiter.api.Test;

/** Checking a development plan against a framework and a policy: each finding with its code and pointer. */
class PlanCheckerTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private static final Framework FRAMEWORK = Framework.builder("mini", "1.1.0", "Mini")
            .scale(PlanCases.fourLevels())
            .competency(Competency.builder("root", "Model").scale("four").build())
            .competency(Competency.builder("team", "Engaging the team").parent("root")
                    .indicators(Map.of("essential", List.of("x"))).build())
            .competency(Competency.builder("care", "Leading with care").parent("root")
                    .indicators(Map.of("essential", List.of("x"))).build())
            .competency(Competency.builder("old", "Old thing").parent("root").status(CompetencyStatus.RETIRED)
                    .replacedBy("care").build())
            .programme(Programme.builder("second", "Second rung").build())
            .build();

    private static final PlanPolicy POLICY = new PlanPolicy(
            Map.of(PlanStatus.AGREED, List.of("line-manager", "programme-lead")), Optional.of(BigDecimal.valueOf(5)),
            Optional.of(4), Optional.of(104),
            Map.of(LearningCategory.EXPERIENCE, 70, LearningCategory.SOCIAL, 20, LearningCategory.FORMAL, 10), 15,
            Optional.of(16), true, List.of(new ActivityType("board-observation", LearningCategory.EXPERIENCE)));

    private static Activity activity(String id, String type, int hours, LocalDate start, LocalDate end,
                                     String... goals) {
        return new Activity(id, type, BigDecimal.valueOf(hours), start, end, Optional.empty(), List.of(goals));
    }

    /** A plan that passes every check: 70:20:10 by hours, reviews every 13 weeks, approvals given. */
    private static Plan.Builder valid() {
        return Plan.builder("plan-1", "p-1", "mini", "1.1.0").target(PlanTarget.programme("second"))
                .period(START, END)
                .goal(new Goal("g1", "team", Optional.of("proficient"), "strong", LocalDate.of(2027, 9, 30),
                        Optional.empty()))
                .goal(new Goal("g2", "care", Optional.empty(), "proficient", LocalDate.of(2027, 12, 1),
                        Optional.empty()))
                .activity(activity("a1", "stretch-assignment", 70, START, END, "g1", "g2"))
                .activity(activity("a2", "coaching", 20, START, LocalDate.of(2027, 6, 30), "g1"))
                .activity(activity("a3", "course", 10, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), "g2"))
                .review(new Review(LocalDate.of(2027, 4, 1), "line-manager", "on-track", Optional.empty()))
                .review(new Review(LocalDate.of(2027, 7, 1), "line-manager", "on-track", Optional.empty()))
                .review(new Review(LocalDate.of(2027, 10, 1), "line-manager", "on-track", Optional.empty()))
                .status(PlanStatus.AGREED)
                .approval(new Approval("line-manager", "m-1", START.minusDays(3)))
                .approval(new Approval("programme-lead", "l-1", START.minusDays(2)));
    }

    private static List<Issue> check(Plan.Builder plan) {
        return PlanChecker.check(FRAMEWORK, plan.build(), POLICY);
    }

    private static Issue only(List<Issue> issues, String code) {
        List<Issue> matching = issues.stream().filter(issue -> issue.code().equals(code)).toList();
        assertThat(matching).as("%s in %s", code, issues).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aSoundPlanHasNoFindings() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void reportsAPlanForAnotherFrameworkAndWarnsAboutAnotherVersion() {
        assertThat(only(PlanChecker.check(FRAMEWORK, Plan.builder("p", "x", "other", "1.0.0")
                .target(PlanTarget.programme("second")).period(START, END).build(), PlanPolicy.NONE),
                Codes.PLAN_FRAMEWORK_MISMATCH).pointer()).isEqualTo("/framework/id");
        Issue version = only(PlanChecker.check(FRAMEWORK, Plan.builder("p", "x", "mini", "1.0.0")
                .target(PlanTarget.programme("second")).period(START, END).build(), PlanPolicy.NONE),
                Codes.PLAN_FRAMEWORK_VERSION);
        assertThat(version.severity()).isEqualTo(Severity.WARNING);
        assertThat(version.message()).contains("1.0.0").contains("1.1.0");
    }

    @Test
    void aGoalOnARetiredCompetencyNamesItsReplacementRatherThanDangling() {
        Issue issue = only(check(valid().goal(new Goal("g3", "old", Optional.empty(), "strong",
                LocalDate.of(2027, 6, 1), Optional.empty())).activity(activity("a4", "mentoring", 0, START, START,
                "g3"))), Codes.PLAN_COMPETENCY_RETIRED);

        assertThat(issue.pointer()).isEqualTo("/goals/2/competency");
        assertThat(issue.message()).contains("[old]").contains("carry the goal forward to [care]");
    }

    @Test
    void reportsUnknownCompetenciesLevelsAndProgrammes() {
        List<Issue> issues = check(valid().target(new PlanTarget(Optional.of("secnod"), Map.of("team", "expert")))
                .goal(new Goal("g3", "teem", Optional.empty(), "strong", LocalDate.of(2027, 6, 1), Optional.empty()))
                .activity(activity("a4", "mentoring", 0, START, START, "g3")));

        assertThat(only(issues, Codes.PLAN_PROGRAMME_UNKNOWN).message()).contains("did you mean [second]?");
        assertThat(only(issues, Codes.PLAN_LEVEL_UNKNOWN).pointer()).isEqualTo("/target/profile/team");
        assertThat(only(issues, Codes.PLAN_COMPETENCY_UNKNOWN).pointer()).isEqualTo("/goals/2/competency");
    }

    @Test
    void aGoalMustRaiseTheLevelAndBeDueInsideThePeriod() {
        List<Issue> issues = check(valid().goal(new Goal("g3", "care", Optional.of("strong"), "proficient",
                END.plusDays(1), Optional.empty())).activity(activity("a4", "mentoring", 0, START, START, "g3")));

        assertThat(only(issues, Codes.PLAN_GOAL_NOT_HIGHER).pointer()).isEqualTo("/goals/2/to");
        assertThat(only(issues, Codes.PLAN_DATE_OUTSIDE).pointer()).isEqualTo("/goals/2/due");
    }

    @Test
    void activitiesMustServeRealGoalsInsideThePeriodWithAKnownType() {
        List<Issue> issues = check(valid().activity(activity("a4", "coching", 0, END.minusDays(1), END.plusDays(3),
                "g9")));

        assertThat(only(issues, Codes.PLAN_ACTIVITY_TYPE_UNKNOWN).message()).contains("did you mean [coaching]?");
        assertThat(only(issues, Codes.PLAN_DATE_OUTSIDE).pointer()).isEqualTo("/activities/3/end");
        assertThat(only(issues, Codes.PLAN_GOAL_UNKNOWN).pointer()).isEqualTo("/activities/3/goals/0");
    }

    @Test
    void everyGoalNeedsAnActivityAndIdsAreUnique() {
        List<Issue> issues = check(valid().goal(new Goal("g1", "care", Optional.empty(), "strong",
                LocalDate.of(2027, 6, 1), Optional.empty())).goal(new Goal("g4", "care", Optional.empty(), "strong",
                LocalDate.of(2027, 6, 1), Optional.empty())));

        assertThat(only(issues, Codes.PLAN_DUPLICATE_ID).pointer()).isEqualTo("/goals/2/id");
        assertThat(only(issues, Codes.PLAN_GOAL_NO_ACTIVITY).pointer()).isEqualTo("/goals/3");
    }

    @Test
    void reportsTheFirstWeekOverTheHoursCap() {
        Issue issue = only(check(valid().activity(activity("a4", "board-observation", 30, LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 9), "g1"))), Codes.PLAN_HOURS_PER_WEEK);

        assertThat(issue.message()).contains("week from 2027-05-03").contains("at most 5 a week");
    }

    @Test
    void reportsALearningMixOutsideTheTolerance() {
        List<Issue> issues = check(valid().activity(activity("a4", "course", 60, START, END, "g2")));

        assertThat(issues).filteredOn(issue -> issue.code().equals(Codes.PLAN_LEARNING_MIX))
                .extracting(Issue::message).anySatisfy(message -> assertThat(message)
                        .startsWith("formal learning takes 44% of the plan's hours"));
    }

    @Test
    void reportsTooLongWithoutAReviewAndAPlanTooShort() {
        Plan.Builder sparse = valid();
        Plan plan = sparse.build();
        Plan.Builder noReviews = Plan.builder(plan.id(), plan.person(), plan.framework(), plan.frameworkVersion())
                .target(plan.target()).period(START, END).status(PlanStatus.DRAFT);
        plan.goals().forEach(noReviews::goal);
        plan.activities().forEach(noReviews::activity);

        assertThat(only(check(noReviews), Codes.PLAN_REVIEW_CADENCE).message()).contains("every 16 weeks");
        assertThat(only(PlanChecker.check(FRAMEWORK, Plan.builder("p", "x", "mini", "1.1.0")
                .target(PlanTarget.programme("second")).period(START, START.plusDays(10)).build(), POLICY),
                Codes.PLAN_LENGTH).message()).contains("at least 4 weeks");
    }

    @Test
    void anAgreedOrActivePlanNeedsTheApprovalsTheAgreementRequires() {
        Plan agreed = valid().build();
        Plan.Builder withoutLead = Plan.builder(agreed.id(), agreed.person(), agreed.framework(),
                agreed.frameworkVersion()).target(agreed.target()).period(START, END).status(PlanStatus.ACTIVE)
                .approval(new Approval("line-manager", "m-1", START));
        agreed.goals().forEach(withoutLead::goal);
        agreed.activities().forEach(withoutLead::activity);
        agreed.reviews().forEach(withoutLead::review);

        Issue issue = only(check(withoutLead), Codes.PLAN_APPROVAL_MISSING);

        assertThat(issue.pointer()).isEqualTo("/approvals");
        assertThat(issue.message()).contains("active").contains("programme-lead");
        assertThat(POLICY.requiredApprovals(PlanStatus.DRAFT)).isEmpty();
        assertThat(POLICY.requiredApprovals(PlanStatus.COMPLETED)).containsExactly("line-manager", "programme-lead");
    }

    @Test
    void theWorkflowMovesForwardOrToWithdrawn() {
        assertThat(PlanStatus.DRAFT.next()).containsExactlyInAnyOrder(PlanStatus.SUBMITTED, PlanStatus.WITHDRAWN);
        assertThat(PlanStatus.SUBMITTED.next()).contains(PlanStatus.DRAFT, PlanStatus.AGREED);
        assertThat(PlanStatus.COMPLETED.next()).isEmpty();
        assertThat(PlanStatus.ACTIVE.agreed()).isTrue();
        assertThat(PlanStatus.SUBMITTED.agreed()).isFalse();
    }

    @Test
    void aPlanMustAddressEachLevelThePersonStillLacksForItsTarget() {
        Framework withRule = FRAMEWORK.toBuilder().programmes(List.of(Programme.builder("second", "Second rung")
                .entry(new Rule.All(List.of(
                        new Rule.Level("team", Rule.Comparison.AT_LEAST, "strong"),
                        new Rule.Level("care", Rule.Comparison.AT_LEAST, "strong"))))
                .build())).build();
        CompiledFramework compiled = CompiledFramework.compile(withRule);
        Person person = Person.builder("p-1")
                .rating(new Rating("team", "proficient", RaterSource.MANAGER,
                        Optional.of("m"), START.minusMonths(1)))
                .rating(new Rating("care", "essential", RaterSource.MANAGER,
                        Optional.of("m"), START.minusMonths(1)))
                .build();

        // The valid plan takes team to strong but care only to proficient: care is not addressed.
        List<Issue> issues = PlanChecker.coverage(compiled, valid().build(), person, START);

        Issue issue = only(issues, Codes.PLAN_COVERAGE);
        assertThat(issue.pointer()).isEqualTo("/target/programme");
        assertThat(issue.message()).contains("Leading with care [care]").contains("at least [strong]")
                .contains("at [essential]").contains("its goal stops below that");
        Plan profile = valid().target(new PlanTarget(Optional.empty(), Map.of("care", "proficient", "team",
                "exemplary"))).build();
        assertThat(PlanChecker.coverage(compiled, profile, person, START)).extracting(Issue::pointer)
                .containsExactly("/target/profile/team");
    }

    @Test
    void aPlanPolicyRefusesAMixThatDoesNotAddUpToAHundred() {
        assertThatThrownBy(() -> new PlanPolicy(Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of(LearningCategory.FORMAL, 50), 0, Optional.empty(), true,
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 percent");
    }
}
