package org.cadre.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Verdict;
import org.cadre.model.PlanStatus;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.testing.Property;
import org.cadre.testing.plans.PlanCases;
import org.junit.jupiter.api.Test;

/** Properties of drafting: a drafted plan always passes the plan check; a refusal always says why. */
class PlanDrafterPropertyTest {

    private static final int TRIES = 300;
    private static final Set<String> REFUSALS = Set.of(Codes.DRAFT_NOT_NEEDED, Codes.DRAFT_UNREACHABLE,
            Codes.DRAFT_NO_GOALS, Codes.DRAFT_NO_ACTIVITY, Codes.DRAFT_LEARNING_MIX, Codes.DRAFT_NO_TIME);

    private static List<Issue> errors(PlanCases.Case value, Plan plan) {
        List<Issue> issues = new ArrayList<>(PlanChecker.check(value.framework(), plan, value.policy(),
                value.catalogue()));
        issues.addAll(PlanChecker.coverage(CompiledFramework.compile(value.framework()), plan, value.person(),
                PlanCases.START));
        return issues.stream().filter(Issue::isError).toList();
    }

    @Test
    void aDraftedPlanAlwaysPassesThePlanCheckAndARefusalAlwaysSaysWhy() {
        AtomicInteger drafted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Property.forAll("drafted plans pass plan check", PlanCases.cases(), TRIES, value -> {
            Draft draft = value.draft();
            if (draft.drafted()) {
                drafted.incrementAndGet();
                assertThat(errors(value, draft.plan().get())).as("errors of the drafted plan").isEmpty();
                assertThat(draft.issues()).allMatch(issue -> !issue.isError());
                assertThat(draft.plan().get().status()).isEqualTo(PlanStatus.DRAFT);
            } else {
                refused.incrementAndGet();
                assertThat(draft.issues()).isNotEmpty().allMatch(issue -> REFUSALS.contains(issue.code()),
                        "a documented refusal");
            }
        });
        // Both outcomes must occur often, or the property says little.
        assertThat(drafted.get()).as("drafted").isGreaterThan(TRIES / 5);
        assertThat(refused.get()).as("refused").isGreaterThan(TRIES / 20);
    }

    @Test
    void withTheStandardCatalogueAndRoomInThePolicyEveryLevelGapGetsAPlan() {
        AtomicInteger drafted = new AtomicInteger();
        Property.forAll("roomy cases always draft", PlanCases.roomyCases(), TRIES, value -> {
            Gap gap = CompiledFramework.compile(value.framework()).gap(value.person(), PlanCases.TARGET,
                    PlanCases.START);
            boolean levels = gap.changes().orElse(List.of()).stream()
                    .anyMatch(change -> change.kind() == Change.Kind.LEVEL);
            Draft draft = value.draft();
            if (gap.verdict() != Verdict.MET && levels) {
                assertThat(draft.issues()).noneMatch(Issue::isError);
                assertThat(draft.plan()).isPresent();
                assertThat(errors(value, draft.plan().get())).isEmpty();
                // One goal per competency the gap asks to raise, in the gap's order.
                assertThat(draft.plan().get().goals()).extracting(Goal::competency).containsExactlyElementsOf(
                        gap.changes().get().stream().filter(change -> change.kind() == Change.Kind.LEVEL)
                                .map(Change::target).toList());
                drafted.incrementAndGet();
            } else {
                assertThat(draft.plan()).isEmpty();
            }
        });
        assertThat(drafted.get()).isGreaterThan(TRIES / 3);
    }

    @Test
    void theSameInputAlwaysGivesTheSamePlan() {
        Property.forAll("drafting is deterministic", PlanCases.cases(), 200, value -> {
            Draft first = value.draft();
            Draft second = value.draft();
            assertThat(second).isEqualTo(first);
        });
    }

    @Test
    void anySingleDefectAddedToADraftedPlanIsReportedWithItsCodeAndPointer() {
        AtomicInteger defects = new AtomicInteger();
        Property.forAll("single defects are reported", PlanCases.roomyCases(), TRIES, value -> {
            Draft draft = value.draft();
            if (!draft.drafted()) {
                return;
            }
            Plan plan = draft.plan().get();
            int last = plan.activities().size() - 1;
            Activity activity = plan.activities().get(last);

            // A dangling goal reference.
            List<String> goals = new ArrayList<>(activity.goals());
            goals.add("no-such-goal");
            Plan dangling = replace(plan, last, withGoals(activity, goals));
            assertThat(errors(value, dangling)).anyMatch(issue -> issue.code().equals(Codes.PLAN_GOAL_UNKNOWN)
                    && issue.pointer().equals("/activities/" + last + "/goals/" + (goals.size() - 1)));

            // An activity that ends after the period.
            Plan outside = replace(plan, last, new Activity(activity.id(), activity.type(), activity.hours(),
                    activity.start(), plan.end().plusDays(1), activity.provider(), activity.goals(), activity.item()));
            assertThat(errors(value, outside)).anyMatch(issue -> issue.code().equals(Codes.PLAN_DATE_OUTSIDE)
                    && issue.pointer().equals("/activities/" + last + "/end"));

            // Agreed without the approval the policy asks for.
            Plan unapproved = copy(plan).status(PlanStatus.AGREED).build();
            assertThat(errors(value, unapproved)).anyMatch(issue -> issue.code().equals(Codes.PLAN_APPROVAL_MISSING)
                    && issue.pointer().equals("/approvals") && issue.message().contains("line-manager"));

            // Hours over the cap: one activity's hours in a single week (its first), plus the cap.
            BigDecimal cap = value.policy().maxHoursPerWeek().orElseThrow();
            LocalDate weekStart = activity.start();
            Plan heavy = copy(plan).activity(new Activity("crammed", activity.type(), cap.add(BigDecimal.ONE),
                    weekStart, weekStart.plusDays(6), activity.provider(), activity.goals(), activity.item())).build();
            assertThat(errors(value, heavy)).anyMatch(issue -> issue.code().equals(Codes.PLAN_HOURS_PER_WEEK)
                    && issue.pointer().equals("/activities"));
            defects.incrementAndGet();
        });
        assertThat(defects.get()).isGreaterThan(TRIES / 3);
    }

    private static Activity withGoals(Activity activity, List<String> goals) {
        return new Activity(activity.id(), activity.type(), activity.hours(), activity.start(), activity.end(),
                activity.provider(), goals, activity.item());
    }

    private static Plan replace(Plan plan, int index, Activity activity) {
        List<Activity> activities = new ArrayList<>(plan.activities());
        activities.set(index, activity);
        Plan.Builder builder = copyWithout(plan);
        activities.forEach(builder::activity);
        return builder.build();
    }

    /** A builder holding everything of the plan. */
    private static Plan.Builder copy(Plan plan) {
        Plan.Builder builder = copyWithout(plan);
        plan.activities().forEach(builder::activity);
        return builder;
    }

    /** A builder holding everything of the plan but its activities. */
    private static Plan.Builder copyWithout(Plan plan) {
        Plan.Builder builder = Plan.builder(plan.id(), plan.person(), plan.framework(), plan.frameworkVersion())
                .target(plan.target()).period(plan.start(), plan.end()).status(plan.status())
                .extensions(plan.extensions());
        plan.goals().forEach(builder::goal);
        plan.reviews().forEach(builder::review);
        plan.approvals().forEach(builder::approval);
        return builder;
    }
}
