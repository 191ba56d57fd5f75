package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cadre.evaluation.RuleGenerators.PersonSpec;
import org.cadre.model.ActivityType;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.plan.Activity;
import org.cadre.plan.Approval;
import org.cadre.plan.Goal;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanChecker;
import org.cadre.plan.PlanTarget;
import org.cadre.plan.Review;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Plan checking shares a compiled framework safely: eight threads checking plans over a cohort
 * ({@link PlanChecker#check} against a policy and {@link PlanChecker#coverage} of each person's gap) get
 * exactly the issues one thread gets, round after round, with the work taken in a new order each round.
 * The cohort is {@link RuleGenerators#person}'s; each person has one generated plan per programme of
 * {@link TestFramework}'s framework, with goals, activities, reviews and approvals that pass some checks and
 * fail others, so that the issues compared are many and varied.
 */
class PlanConcurrencyTest {

    private static final long SEED = 0x5eed_91a7L;
    private static final int PEOPLE = 300;
    private static final int THREADS = 8;
    private static final int ROUNDS = 6;
    private static final PlanPolicy POLICY = new PlanPolicy(Map.of(PlanStatus.AGREED, List.of("line-manager")),
            Optional.of(BigDecimal.valueOf(6)), Optional.of(4), Optional.of(104),
            Map.of(LearningCategory.EXPERIENCE, 70, LearningCategory.SOCIAL, 20, LearningCategory.FORMAL, 10), 20,
            Optional.of(16), true, List.of());

    /** What the checker says about one person's plans, programme by programme (strict policy, then none). */
    record Result(List<List<Issue>> checks, List<List<Issue>> coverage) {
    }

    @Test
    void eightThreadsCheckingPlansGetExactlyTheSequentialIssues() throws Exception {
        RandomSource random = new RandomSource(SEED);
        CompiledFramework compiled = TestFramework.compiled();
        Framework framework = compiled.framework();
        List<String> programmes = framework.programmes().stream().map(Programme::id).toList();
        List<Person> cohort = new ArrayList<>();
        List<List<Plan>> plans = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            cohort.add(person(random, i));
            List<Plan> own = new ArrayList<>();
            for (String programme : programmes) {
                own.add(plan(random, cohort.get(i).id(), framework, programme));
            }
            plans.add(own);
        }
        List<Result> expected = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            expected.add(check(compiled, cohort.get(i), plans.get(i)));
        }
        assertNotVacuous(expected);

        Parallel.assertSameAsSequential(expected, index -> check(compiled, cohort.get(index), plans.get(index)),
                index -> "person " + cohort.get(index).id(), THREADS, ROUNDS, SEED);
    }

    private static Result check(CompiledFramework compiled, Person person, List<Plan> plans) {
        List<List<Issue>> checks = new ArrayList<>();
        List<List<Issue>> coverage = new ArrayList<>();
        for (Plan plan : plans) {
            checks.add(PlanChecker.check(compiled.framework(), plan, POLICY));
            checks.add(PlanChecker.check(compiled.framework(), plan, PlanPolicy.NONE));
            coverage.add(PlanChecker.coverage(compiled, plan, person, AS_OF));
        }
        return new Result(checks, coverage);
    }

    /** Many issues of several codes, some plans clean and some gaps uncovered. */
    private static void assertNotVacuous(List<Result> results) {
        List<Issue> all = new ArrayList<>();
        int clean = 0;
        for (Result result : results) {
            for (List<Issue> issues : result.checks()) {
                all.addAll(issues);
                clean += issues.stream().noneMatch(Issue::isError) ? 1 : 0;
            }
            result.coverage().forEach(all::addAll);
        }
        assertThat(all.stream().map(Issue::code).distinct().count()).as("distinct codes").isGreaterThanOrEqualTo(5);
        assertThat(all).extracting(Issue::code).contains(Codes.PLAN_COVERAGE);
        assertThat(clean).as("plans without errors").isPositive();
    }

    private static Person person(RandomSource random, int index) {
        PersonSpec spec = RuleGenerators.person(random);
        Person.Builder person = Person.builder(String.format(Locale.ROOT, "person-%04d", index));
        spec.ratings().forEach(person::rating);
        spec.evidence().forEach(person::evidence);
        spec.programmes().forEach(person::programme);
        spec.numbers().forEach(person::number);
        spec.strings().forEach(person::string);
        return person.build();
    }

    private static Plan plan(RandomSource random, String person, Framework framework, String programme) {
        LocalDate start = AS_OF.plusDays(random.between(0, 60));
        LocalDate end = start.plusWeeks(random.between(2, 120));
        Plan.Builder plan = Plan.builder("plan-" + person + "-" + programme, person, framework.id(),
                        random.chance(0.9) ? framework.version() : "0.9.0")
                .target(random.chance(0.8) ? PlanTarget.programme(programme)
                        : new PlanTarget(Optional.empty(), Map.of(random.pick(TestFramework.ON_FOUR),
                        random.pick(TestFramework.FOUR))))
                .period(start, end).status(random.pick(List.of(PlanStatus.values())));
        List<String> goals = new ArrayList<>();
        for (int g = random.between(0, 4); g > 0; g--) {
            String id = "g" + g;
            goals.add(id);
            String competency = random.pick(TestFramework.ALL_IDS);
            plan.goal(new Goal(id, competency, random.chance(0.5) ? Optional.of(random.pick(TestFramework.FOUR))
                    : Optional.empty(), random.pick(TestFramework.FOUR),
                    start.plusWeeks(random.between(0, 130)), Optional.empty()));
        }
        for (int a = random.between(0, 4); a > 0; a--) {
            LocalDate from = start.plusDays(random.between(0, 100));
            plan.activity(new Activity("a" + a, random.chance(0.9) ? random.pick(ActivityType.STANDARD).id()
                    : "juggling", BigDecimal.valueOf(random.between(0, 200)), from,
                    from.plusDays(random.between(0, 300)), Optional.empty(),
                    goals.isEmpty() ? List.of() : random.subset(goals, 0.6)));
        }
        for (int r = random.between(0, 4); r > 0; r--) {
            plan.review(new Review(start.plusWeeks(random.between(0, 100)), "line-manager", "on-track",
                    Optional.empty()));
        }
        if (random.nextBoolean()) {
            plan.approval(new Approval("line-manager", "m-1", start.minusDays(1)));
        }
        return plan.build();
    }
}
