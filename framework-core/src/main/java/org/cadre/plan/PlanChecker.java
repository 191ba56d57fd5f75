package org.cadre.plan;

import static org.cadre.report.Pointers.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cadre.check.Suggestions;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.PersonState;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Issue;

/**
 * Checks a development plan against a framework and a plan policy, in one pass: references (framework,
 * competencies, levels, programme), logic (levels rise, dates inside the period, activities serve real
 * goals, every goal served, known activity types), and the policy (length, hours per week, learning mix,
 * review cadence, approvals for the status). Pointers lead into the plan's document form. Stateless and
 * thread-safe; the work is linear in the plan's size plus its length in days.
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    /** Every problem of the plan. Catalogue items its activities name are not checked. */
    public static List<Issue> check(Framework framework, Plan plan, PlanPolicy policy) {
        return check(framework, plan, policy, null);
    }

    /**
     * Every problem of the plan, and activities that name an item the catalogue does not have
     * ({@link Codes#PLAN_ITEM_UNKNOWN}). The catalogue itself is checked by {@link CatalogueChecker}.
     */
    public static List<Issue> check(Framework framework, Plan plan, PlanPolicy policy, Catalogue catalogue) {
        Run run = new Run(framework, plan, policy, catalogue);
        run.framework();
        run.period();
        run.target();
        run.goals();
        run.activities();
        run.reviews();
        run.hoursPerWeek();
        run.mix();
        run.approvals();
        return List.copyOf(run.issues);
    }

    /**
     * Whether the plan addresses what the person still lacks for its target, at a date: for a programme, each
     * competency the gap analysis says must rise to meet the entry rule ({@link CompiledFramework#gap}); for
     * a target profile, each competency below its target level. Each needs a goal on that competency that
     * reaches at least the level required; one that does not is a {@link Codes#PLAN_COVERAGE} error at the
     * target. Requirements that goals cannot address (a programme to complete, hours, a band) are left to
     * the gap analysis.
     */
    public static List<Issue> coverage(CompiledFramework compiled, Plan plan, Person person, LocalDate asOf) {
        Framework framework = compiled.framework();
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> planned = new HashMap<>();
        for (Goal goal : plan.goals()) {
            framework.effectiveScale(goal.competency()).flatMap(scale -> scale.level(goal.to()))
                    .ifPresent(level -> planned.merge(goal.competency(), level.rank(), Math::max));
        }
        PersonState state = compiled.state(person, asOf);
        plan.target().programme().filter(id -> framework.programme(id).isPresent()).ifPresent(programme -> {
            Gap gap = compiled.gap(person, programme, asOf);
            for (Change change : gap.changes().orElse(List.of())) {
                if (change.kind() == Change.Kind.LEVEL) {
                    uncovered(framework, planned, change.target(), change.to(), state, of("target", "programme"),
                            "the entry rule of [" + programme + "]", issues);
                }
            }
        });
        plan.target().profile().forEach((competency, level) -> uncovered(framework, planned, competency, level,
                state, of("target", "profile", competency), "the target profile", issues));
        return List.copyOf(issues);
    }

    private static void uncovered(Framework framework, Map<String, Integer> planned, String competency, String level,
                                  PersonState state, String pointer, String what, List<Issue> issues) {
        Optional<ProficiencyScale> scale = framework.effectiveScale(competency);
        Optional<Level> needed = scale.flatMap(found -> found.level(level));
        if (needed.isEmpty()) {
            return; // an unknown competency or level is reported by check()
        }
        Optional<Level> now = state.level(competency);
        if (now.isPresent() && now.get().rank() >= needed.get().rank()) {
            return;
        }
        Integer reached = planned.get(competency);
        if (reached == null || reached < needed.get().rank()) {
            String title = framework.competency(competency).map(Competency::title).orElse(competency);
            issues.add(Issue.error(Codes.PLAN_COVERAGE, pointer, "the plan does not address " + title + " ["
                    + competency + "]: " + what + " needs it at least [" + level + "] (the person is "
                    + now.map(found -> "at [" + found.id() + "]").orElse("not assessed") + ")"
                    + (reached == null ? "; add a goal for it" : "; its goal stops below that")));
        }
    }

    private static final class Run {
        private final Framework framework;
        private final Plan plan;
        private final PlanPolicy policy;
        private final Catalogue catalogue;
        private final List<Issue> issues = new ArrayList<>();
        private final Set<String> goalIds = new HashSet<>();

        Run(Framework framework, Plan plan, PlanPolicy policy, Catalogue catalogue) {
            this.framework = framework;
            this.plan = plan;
            this.policy = policy;
            this.catalogue = catalogue;
        }

        private void error(String code, String pointer, String message) {
            issues.add(Issue.error(code, pointer, message));
        }

        void framework() {
            if (!plan.framework().equals(framework.id())) {
                error(Codes.PLAN_FRAMEWORK_MISMATCH, of("framework", "id"), "the plan is written against framework ["
                        + plan.framework() + "], not [" + framework.id() + "]");
            } else if (!plan.frameworkVersion().equals(framework.version())) {
                issues.add(Issue.warning(Codes.PLAN_FRAMEWORK_VERSION, of("framework", "version"), "the plan is"
                        + " written against version " + plan.frameworkVersion() + " of [" + framework.id()
                        + "], which is now at " + framework.version() + "; retired competencies are reported with"
                        + " their replacements"));
            }
        }

        private boolean inPeriod(LocalDate date) {
            return !date.isBefore(plan.start()) && !date.isAfter(plan.end());
        }

        void period() {
            if (plan.end().isBefore(plan.start())) {
                error(Codes.PLAN_DATES_REVERSED, of("period", "end"), "the plan ends on " + plan.end()
                        + ", before it starts on " + plan.start());
                return;
            }
            long days = ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1;
            policy.minWeeks().filter(min -> days < min * 7L).ifPresent(min -> error(Codes.PLAN_LENGTH,
                    of("period"), "the plan lasts " + days + " days; the policy asks for at least " + min + " weeks"));
            policy.maxWeeks().filter(max -> days > max * 7L).ifPresent(max -> error(Codes.PLAN_LENGTH,
                    of("period"), "the plan lasts " + days + " days; the policy allows at most " + max + " weeks"));
        }

        void target() {
            plan.target().programme().ifPresent(id -> {
                if (framework.programme(id).isEmpty()) {
                    error(Codes.PLAN_PROGRAMME_UNKNOWN, of("target", "programme"), "the plan aims at programme ["
                            + id + "], which is not a programme of [" + framework.id() + "]" + Suggestions.hint(id,
                            framework.programmes().stream().map(Programme::id).toList()));
                }
            });
            plan.target().profile().forEach((competency, level) -> {
                String pointer = of("target", "profile", competency);
                scaleOf(competency, pointer).ifPresent(scale -> level(scale, competency, level, pointer));
            });
        }

        /** The scale of a competency the plan names, after reporting one that is unknown or retired. */
        private Optional<ProficiencyScale> scaleOf(String competencyId, String pointer) {
            Optional<Competency> competency = framework.competency(competencyId);
            if (competency.isEmpty()) {
                error(Codes.PLAN_COMPETENCY_UNKNOWN, pointer, "competency [" + competencyId + "] is not in ["
                        + framework.id() + " " + framework.version() + "]" + Suggestions.hint(competencyId,
                        framework.competencies().stream().map(Competency::id).toList()));
                return Optional.empty();
            }
            if (competency.get().status() == CompetencyStatus.RETIRED) {
                error(Codes.PLAN_COMPETENCY_RETIRED, pointer, "competency [" + competencyId + "] is retired in ["
                        + framework.id() + " " + framework.version() + "]" + competency.get().replacedBy()
                        .map(next -> "; carry the goal forward to [" + next + "], which replaces it").orElse(""));
                return Optional.empty();
            }
            Optional<ProficiencyScale> scale = framework.effectiveScale(competencyId);
            if (scale.isEmpty()) {
                error(Codes.PLAN_LEVEL_UNKNOWN, pointer, "competency [" + competencyId + "] is not rated on any"
                        + " scale, so no level can be a goal for it");
            }
            return scale;
        }

        private Optional<Level> level(ProficiencyScale scale, String competency, String level, String pointer) {
            Optional<Level> found = scale.level(level);
            if (found.isEmpty()) {
                List<String> ids = scale.levelsByRank().stream().map(Level::id).toList();
                String hint = Suggestions.hint(level, ids);
                error(Codes.PLAN_LEVEL_UNKNOWN, pointer, "competency [" + competency + "] is rated on scale ["
                        + scale.id() + "], which has no level [" + level + "]" + (hint.isEmpty()
                        ? "; its levels are " + ids : hint));
            }
            return found;
        }

        void goals() {
            Map<String, Integer> seen = new HashMap<>();
            for (int g = 0; g < plan.goals().size(); g++) {
                Goal goal = plan.goals().get(g);
                Integer first = seen.putIfAbsent(goal.id(), g);
                if (first != null) {
                    error(Codes.PLAN_DUPLICATE_ID, of("goals", g, "id"), "goal id [" + goal.id()
                            + "] is already used by the goal at " + of("goals", first));
                }
                goalIds.add(goal.id());
                Optional<ProficiencyScale> scale = scaleOf(goal.competency(), of("goals", g, "competency"));
                if (scale.isPresent()) {
                    Optional<Level> to = level(scale.get(), goal.competency(), goal.to(), of("goals", g, "to"));
                    String fromPointer = of("goals", g, "from");
                    Optional<Level> from = goal.from().flatMap(id -> level(scale.get(), goal.competency(), id,
                            fromPointer));
                    if (to.isPresent() && from.isPresent() && to.get().rank() <= from.get().rank()) {
                        error(Codes.PLAN_GOAL_NOT_HIGHER, of("goals", g, "to"), "goal [" + goal.id() + "] aims at ["
                                + goal.to() + "], which is not above [" + goal.from().orElseThrow()
                                + "] where it starts; a goal must raise the level");
                    }
                }
                if (!inPeriod(goal.due())) {
                    error(Codes.PLAN_DATE_OUTSIDE, of("goals", g, "due"), "goal [" + goal.id() + "] is due on "
                            + goal.due() + ", outside the plan's period " + plan.start() + " to " + plan.end());
                }
            }
        }

        void activities() {
            Map<String, Integer> seen = new HashMap<>();
            Set<String> served = new HashSet<>();
            for (int a = 0; a < plan.activities().size(); a++) {
                Activity activity = plan.activities().get(a);
                Integer first = seen.putIfAbsent(activity.id(), a);
                if (first != null) {
                    error(Codes.PLAN_DUPLICATE_ID, of("activities", a, "id"), "activity id [" + activity.id()
                            + "] is already used by the activity at " + of("activities", first));
                }
                if (policy.activityType(activity.type()).isEmpty()) {
                    List<String> known = new ArrayList<>();
                    policy.activityTypes().forEach(type -> known.add(type.id()));
                    ActivityType.STANDARD.forEach(type -> known.add(type.id()));
                    error(Codes.PLAN_ACTIVITY_TYPE_UNKNOWN, of("activities", a, "type"), "activity ["
                            + activity.id() + "] has type [" + activity.type() + "], which is neither a standard"
                            + " type nor one of the policy's" + Suggestions.hint(activity.type(), known));
                }
                if (catalogue != null && activity.item().isPresent()
                        && catalogue.item(activity.item().get()).isEmpty()) {
                    error(Codes.PLAN_ITEM_UNKNOWN, of("activities", a, "item"), "activity [" + activity.id()
                            + "] is an instance of item [" + activity.item().get() + "], which catalogue ["
                            + catalogue.id() + "] does not have" + Suggestions.hint(activity.item().get(),
                            catalogue.items().stream().map(CatalogueItem::id).toList()));
                }
                if (activity.end().isBefore(activity.start())) {
                    error(Codes.PLAN_DATES_REVERSED, of("activities", a, "end"), "activity [" + activity.id()
                            + "] ends on " + activity.end() + ", before it starts on " + activity.start());
                }
                if (!inPeriod(activity.start())) {
                    error(Codes.PLAN_DATE_OUTSIDE, of("activities", a, "start"), "activity [" + activity.id()
                            + "] starts on " + activity.start() + ", outside the plan's period " + plan.start() + " to "
                            + plan.end());
                }
                if (!inPeriod(activity.end())) {
                    error(Codes.PLAN_DATE_OUTSIDE, of("activities", a, "end"), "activity [" + activity.id()
                            + "] ends on " + activity.end() + ", outside the plan's period " + plan.start() + " to "
                            + plan.end());
                }
                for (int k = 0; k < activity.goals().size(); k++) {
                    String goal = activity.goals().get(k);
                    served.add(goal);
                    if (!goalIds.contains(goal)) {
                        error(Codes.PLAN_GOAL_UNKNOWN, of("activities", a, "goals", k), "activity [" + activity.id()
                                + "] serves goal [" + goal + "], which the plan does not have"
                                + Suggestions.hint(goal, goalIds));
                    }
                }
            }
            if (policy.activityPerGoal()) {
                for (int g = 0; g < plan.goals().size(); g++) {
                    Goal goal = plan.goals().get(g);
                    if (!served.contains(goal.id())) {
                        error(Codes.PLAN_GOAL_NO_ACTIVITY, of("goals", g), "no activity serves goal [" + goal.id()
                                + "]; add one that names it in its \"goals\"");
                    }
                }
            }
        }

        void reviews() {
            for (int r = 0; r < plan.reviews().size(); r++) {
                Review review = plan.reviews().get(r);
                if (!inPeriod(review.date())) {
                    error(Codes.PLAN_DATE_OUTSIDE, of("reviews", r, "date"), "the review on " + review.date()
                            + " lies outside the plan's period " + plan.start() + " to " + plan.end());
                }
            }
            if (policy.reviewEveryWeeks().isEmpty() || plan.end().isBefore(plan.start())) {
                return;
            }
            int weeks = policy.reviewEveryWeeks().get();
            TreeSet<LocalDate> checkpoints = new TreeSet<>();
            checkpoints.add(plan.start());
            checkpoints.add(plan.end());
            plan.reviews().stream().map(Review::date).filter(this::inPeriod).forEach(checkpoints::add);
            LocalDate previous = null;
            for (LocalDate date : checkpoints) {
                if (previous != null && ChronoUnit.DAYS.between(previous, date) > weeks * 7L) {
                    error(Codes.PLAN_REVIEW_CADENCE, of("reviews"), "there is no review between " + previous
                            + " and " + date + " (" + ChronoUnit.DAYS.between(previous, date) + " days); the policy"
                            + " asks for one at least every " + weeks + " weeks");
                }
                previous = date;
            }
        }

        void hoursPerWeek() {
            if (policy.maxHoursPerWeek().isEmpty() || plan.end().isBefore(plan.start())) {
                return;
            }
            double max = policy.maxHoursPerWeek().get().doubleValue();
            long days = ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1;
            if (days > 366L * 50) {
                return; // a plan of more than fifty years is reported by its length, not week by week
            }
            double[] perDay = new double[(int) days];
            for (Activity activity : plan.activities()) {
                LocalDate from = activity.start().isBefore(plan.start()) ? plan.start() : activity.start();
                LocalDate to = activity.end().isAfter(plan.end()) ? plan.end() : activity.end();
                long span = ChronoUnit.DAYS.between(activity.start(), activity.end()) + 1;
                if (span <= 0 || to.isBefore(from)) {
                    continue;
                }
                double daily = activity.hours().doubleValue() / span;
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    perDay[(int) ChronoUnit.DAYS.between(plan.start(), day)] += daily;
                }
            }
            for (int week = 0; week * 7 < perDay.length; week++) {
                double hours = 0;
                for (int d = week * 7; d < Math.min(perDay.length, week * 7 + 7); d++) {
                    hours += perDay[d];
                }
                if (hours > max + 1e-9) {
                    LocalDate first = plan.start().plusDays(week * 7L);
                    error(Codes.PLAN_HOURS_PER_WEEK, of("activities"), String.format(Locale.ROOT, "in the week from"
                            + " %s the activities take %.1f hours; the policy allows at most %s a week", first, hours,
                            policy.maxHoursPerWeek().get().toPlainString()));
                    return; // the first week over the limit says enough; the others usually follow from it
                }
            }
        }

        void mix() {
            if (policy.mix().isEmpty()) {
                return;
            }
            Map<LearningCategory, BigDecimal> hours = new EnumMap<>(LearningCategory.class);
            BigDecimal total = BigDecimal.ZERO;
            for (Activity activity : plan.activities()) {
                Optional<ActivityType> type = policy.activityType(activity.type());
                if (type.isPresent()) {
                    hours.merge(type.get().category(), activity.hours(), BigDecimal::add);
                    total = total.add(activity.hours());
                }
            }
            if (total.signum() == 0) {
                return;
            }
            for (Map.Entry<LearningCategory, Integer> target : policy.mix().entrySet()) {
                double share = hours.getOrDefault(target.getKey(), BigDecimal.ZERO).doubleValue() * 100
                        / total.doubleValue();
                if (Math.abs(share - target.getValue()) > policy.mixTolerance() + 1e-9) {
                    error(Codes.PLAN_LEARNING_MIX, of("activities"), String.format(Locale.ROOT, "%s learning takes"
                            + " %.0f%% of the plan's hours; the policy asks for %d%% give or take %d",
                            target.getKey().jsonName(), share, target.getValue(), policy.mixTolerance()));
                }
            }
        }

        void approvals() {
            Set<String> given = new HashSet<>();
            plan.approvals().forEach(approval -> given.add(approval.role()));
            for (String role : policy.requiredApprovals(plan.status())) {
                if (!given.contains(role)) {
                    error(Codes.PLAN_APPROVAL_MISSING, of("approvals"), "a plan that is " + plan.status().jsonName()
                            + " needs the approval of the " + role + ", which it does not have");
                }
            }
        }
    }
}
