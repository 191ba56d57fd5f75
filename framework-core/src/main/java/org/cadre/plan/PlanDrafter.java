package org.cadre.plan;

import static org.cadre.report.Pointers.of;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cadre.check.Suggestions;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Explanation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Verdict;
import org.cadre.model.ActivityType;
import org.cadre.model.Competency;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.LearningCategory;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Issue;

/**
 * Drafts a development plan that prepares a person for a programme, from the gap analysis and an activity
 * catalogue, within the framework's plan policy. The draft is deterministic: the same framework, catalogue,
 * person, programme and start date give the same plan.
 *
 * <ol>
 *   <li><b>Goals</b> come from the gap ({@link CompiledFramework#gap}): one per competency the person must
 *       raise, in the gap's order (smallest step first). What the gap asks that a goal cannot raise (a
 *       programme to complete, months in post, evidence) comes back as a {@link Codes#DRAFT_NOT_ADDRESSED}
 *       warning beside the plan.</li>
 *   <li><b>Activities</b> are catalogue items that develop a goal's competency and suit its target level.
 *       Items are chosen goal by goal, preferring the one that serves the most goals still without an
 *       activity, then the cheaper, then the earlier in the catalogue. To meet the policy's learning mix,
 *       items are then added (those that serve goals, or general ones) or dropped (those whose goals other
 *       items serve), each step the one that brings the hours closest to the mix.</li>
 *   <li><b>Schedule</b>: each activity runs over whole weeks (its typical length, stretched where the
 *       hours per week would exceed the policy) from the earliest week with room, in the order chosen; where
 *       that leaves one without room, every activity runs over the whole plan instead. The plan is as short
 *       as the policy's minimum, the longest activity and the hours allow, and never longer than its
 *       maximum.</li>
 *   <li><b>Reviews</b> at the policy's cadence (or one at mid-point), status {@code draft}, no approvals.</li>
 * </ol>
 *
 * Before a plan is returned it is checked with {@link PlanChecker#check} and {@link PlanChecker#coverage}; a
 * draft never contains a plan that fails them. Stateless and thread-safe.
 */
public final class PlanDrafter {

    /** The default and the longest plan, in weeks, when the policy does not say. */
    static final int DEFAULT_MIN_WEEKS = 12;
    static final int DEFAULT_MAX_WEEKS = 260;

    private PlanDrafter() {
    }

    /**
     * Drafts a plan for a person toward a programme's entry rule, starting on a date (which is also the date
     * of the gap analysis).
     *
     * @param compiled  the compiled framework, whose plan policy applies ({@link PlanPolicy#NONE} if it has none)
     * @param catalogue the activities on offer; it must be written against the same framework
     * @param person    the person's record
     * @param programme the id of the programme the plan prepares for
     * @param start     the plan's first day
     */
    public static Draft draft(CompiledFramework compiled, Catalogue catalogue, Person person, String programme,
                              LocalDate start) {
        Objects.requireNonNull(compiled, "compiled");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(start, "start");
        return new Run(compiled, catalogue, person, programme, start).draft();
    }

    /** One catalogue item chosen for the plan, with the goals it serves. */
    private record Choice(CatalogueItem item, LearningCategory category, List<Goal> serves) {
    }

    private static final class Run {
        private final CompiledFramework compiled;
        private final Framework framework;
        private final PlanPolicy policy;
        private final Catalogue catalogue;
        private final Person person;
        private final String programme;
        private final LocalDate start;
        private final List<Issue> warnings = new ArrayList<>();

        Run(CompiledFramework compiled, Catalogue catalogue, Person person, String programme, LocalDate start) {
            this.compiled = compiled;
            this.framework = compiled.framework();
            this.policy = framework.planPolicy().orElse(PlanPolicy.NONE);
            this.catalogue = catalogue;
            this.person = person;
            this.programme = programme;
            this.start = start;
        }

        private static Draft failed(String code, String pointer, String message) {
            return new Draft(Optional.empty(), List.of(Issue.error(code, pointer, message)));
        }

        Draft draft() {
            if (framework.programme(programme).isEmpty()) {
                return failed(Codes.PLAN_PROGRAMME_UNKNOWN, of("target", "programme"), "[" + programme + "] is not"
                        + " a programme of [" + framework.id() + "]" + Suggestions.hint(programme,
                        framework.programmes().stream().map(Programme::id).toList()));
            }
            List<Issue> catalogueIssues = CatalogueChecker.check(framework, catalogue, policy).stream()
                    .filter(Issue::isError).toList();
            if (!catalogueIssues.isEmpty()) {
                return new Draft(Optional.empty(), catalogueIssues);
            }
            if (!policy.requiredApprovals(PlanStatus.DRAFT).isEmpty()) {
                return failed(Codes.DRAFT_APPROVALS, "", "the plan policy needs the approval of "
                        + policy.requiredApprovals(PlanStatus.DRAFT) + " even for a draft, which a drafted plan"
                        + " cannot have yet");
            }
            Gap gap = compiled.gap(person, programme, start);
            if (gap.verdict() == Verdict.MET) {
                return failed(Codes.DRAFT_NOT_NEEDED, of("target", "programme"), "[" + person.id() + "] already"
                        + " meets the entry rule of [" + programme + "] on " + start + "; there is nothing to plan");
            }
            if (gap.changes().isEmpty()) {
                List<String> wanting = gap.requirements().stream().map(Explanation::sentence).toList();
                return failed(Codes.DRAFT_UNREACHABLE, of("target", "programme"), "no development can meet the"
                        + " entry rule of [" + programme + "] for [" + person.id() + "] (the rule asks for something"
                        + " no plan can change, or for conflicting levels); what it lacks: " + wanting);
            }
            List<Goal> goals = new ArrayList<>();
            List<String> notAddressed = new ArrayList<>();
            for (Change change : gap.changes().get()) {
                if (change.kind() == Change.Kind.LEVEL) {
                    goals.add(new Goal("goal-" + (goals.size() + 1), change.target(),
                            change.from().isEmpty() ? Optional.empty() : Optional.of(change.from()), change.to(),
                            start, Optional.of(change.sentence())));
                } else {
                    notAddressed.add(change.sentence());
                }
            }
            if (goals.isEmpty()) {
                return failed(Codes.DRAFT_NO_GOALS, of("target", "programme"), "what [" + person.id() + "] lacks"
                        + " for [" + programme + "] is not a level a plan's goal can raise: " + notAddressed);
            }
            if (!notAddressed.isEmpty()) {
                warnings.add(Issue.warning(Codes.DRAFT_NOT_ADDRESSED, of("target", "programme"), "the plan's goals"
                        + " cannot address the rest of what [" + programme + "] asks: " + notAddressed));
            }
            List<Issue> missing = new ArrayList<>();
            for (Goal goal : goals) {
                if (catalogue.items().stream().noneMatch(item -> usable(item) && serves(item, goal))) {
                    String title = framework.competency(goal.competency()).map(Competency::title)
                            .orElse(goal.competency());
                    missing.add(Issue.error(Codes.DRAFT_NO_ACTIVITY, of("goals", goals.indexOf(goal)), "catalogue ["
                            + catalogue.id() + "] has no activity that develops " + title + " [" + goal.competency()
                            + "] up to [" + goal.to() + "]"));
                }
            }
            if (!missing.isEmpty()) {
                return new Draft(Optional.empty(), missing);
            }
            List<Choice> choices = new ArrayList<>();
            cover(goals, choices);
            Optional<Issue> mixProblem = balance(goals, choices);
            if (mixProblem.isPresent()) {
                return new Draft(Optional.empty(), List.of(mixProblem.get()));
            }
            return schedule(goals, choices);
        }

        private boolean usable(CatalogueItem item) {
            return policy.activityType(item.type()).isPresent();
        }

        private boolean serves(CatalogueItem item, Goal goal) {
            return CatalogueChecker.suits(framework, item, goal.competency(), goal.to());
        }

        private Choice choice(CatalogueItem item, List<Goal> goals) {
            return new Choice(item, policy.activityType(item.type()).map(ActivityType::category).orElseThrow(),
                    goals.stream().filter(goal -> serves(item, goal)).toList());
        }

        private static BigDecimal cost(CatalogueItem item) {
            return item.cost().orElse(BigDecimal.ZERO);
        }

        /** Items chosen goal by goal until every goal has one: most goals still uncovered, cheaper, earlier. */
        private void cover(List<Goal> goals, List<Choice> choices) {
            Set<String> covered = new LinkedHashSet<>();
            for (Goal goal : goals) {
                if (covered.contains(goal.id())) {
                    continue;
                }
                Choice best = null;
                int bestServes = -1;
                for (CatalogueItem item : catalogue.items()) {
                    if (!usable(item) || !serves(item, goal) || chosen(choices, item)) {
                        continue;
                    }
                    Choice candidate = choice(item, goals);
                    int serves = (int) candidate.serves().stream().filter(g -> !covered.contains(g.id())).count();
                    if (serves > bestServes || serves == bestServes && cost(item).compareTo(cost(best.item())) < 0) {
                        best = candidate;
                        bestServes = serves;
                    }
                }
                // draft() made sure every goal has a usable item, and an item serving this goal cannot be chosen
                // yet, or the goal would be covered
                Objects.requireNonNull(best, "an item for " + goal.id());
                choices.add(best);
                best.serves().forEach(served -> covered.add(served.id()));
            }
        }

        private static boolean chosen(List<Choice> choices, CatalogueItem item) {
            return choices.stream().anyMatch(choice -> choice.item().id().equals(item.id()));
        }

        private static Map<LearningCategory, BigDecimal> hours(List<Choice> choices) {
            Map<LearningCategory, BigDecimal> hours = new EnumMap<>(LearningCategory.class);
            for (LearningCategory category : LearningCategory.values()) {
                hours.put(category, BigDecimal.ZERO);
            }
            choices.forEach(choice -> hours.merge(choice.category(), choice.item().hours(), BigDecimal::add));
            return hours;
        }

        /** Each category's share of the hours, in percent (0 for all when there are no hours). */
        private static Map<LearningCategory, Double> shares(List<Choice> choices) {
            Map<LearningCategory, BigDecimal> hours = hours(choices);
            double total = hours.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
            Map<LearningCategory, Double> shares = new EnumMap<>(LearningCategory.class);
            hours.forEach((category, value) -> shares.put(category, total == 0 ? 0 : value.doubleValue() * 100 / total));
            return shares;
        }

        /** Whether the choices make up the mix, as {@link PlanChecker} sees it: no hours at all count as a match. */
        private boolean mixHolds(List<Choice> choices) {
            return hours(choices).values().stream().allMatch(value -> value.signum() == 0) || within(shares(choices));
        }

        private boolean within(Map<LearningCategory, Double> shares) {
            return policy.mix().entrySet().stream().allMatch(target ->
                    Math.abs(shares.get(target.getKey()) - target.getValue()) <= policy.mixTolerance() - 1e-6
                            || Math.abs(shares.get(target.getKey()) - target.getValue()) < 1e-9);
        }

        /** How far the hours by category are from the policy's mix: the sum of the differences, in points. */
        private double deviation(List<Choice> choices) {
            Map<LearningCategory, Double> shares = shares(choices);
            return policy.mix().entrySet().stream()
                    .mapToDouble(target -> Math.abs(shares.get(target.getKey()) - target.getValue())).sum();
        }

        /**
         * Adds and drops items until the hours by category of learning are within the policy's mix. Each step
         * takes the move that brings the hours closest to the mix: adding an item not yet chosen (one that serves
         * a goal, or a general one that develops nothing in particular) or dropping a chosen item whose goals
         * other items also serve; ties go to adding, then to the item serving more goals, the cheaper, the
         * earlier in the catalogue. It stops when the mix holds or no move brings it closer; each item is added
         * or dropped at most once, so it ends. An empty result means the mix holds.
         */
        private Optional<Issue> balance(List<Goal> goals, List<Choice> choices) {
            if (policy.mix().isEmpty()) {
                return Optional.empty();
            }
            Set<String> touched = new LinkedHashSet<>();
            choices.forEach(choice -> touched.add(choice.item().id()));
            while (!mixHolds(choices)) {
                double now = deviation(choices);
                List<Choice> best = null;
                double bestDeviation = now - 1e-9;
                String moved = null;
                for (CatalogueItem item : catalogue.items()) {
                    if (!usable(item) || touched.contains(item.id()) || item.hours().signum() == 0
                            || !item.develops().isEmpty() && goals.stream().noneMatch(goal -> serves(item, goal))) {
                        continue;
                    }
                    List<Choice> added = new ArrayList<>(choices);
                    added.add(choice(item, goals));
                    double after = deviation(added);
                    if (after < bestDeviation - 1e-9 || best != null && Math.abs(after - bestDeviation) <= 1e-9
                            && better(added.get(added.size() - 1), best.get(best.size() - 1))) {
                        best = added;
                        bestDeviation = after;
                        moved = item.id();
                    }
                }
                for (Choice choice : choices) {
                    if (!redundant(choice, choices)) {
                        continue;
                    }
                    List<Choice> dropped = new ArrayList<>(choices);
                    dropped.remove(choice);
                    double after = deviation(dropped);
                    if (after < bestDeviation - 1e-9) {
                        best = dropped;
                        bestDeviation = after;
                        moved = choice.item().id();
                    }
                }
                if (best == null) {
                    break;
                }
                choices.clear();
                choices.addAll(best);
                touched.add(moved);
            }
            if (mixHolds(choices)) {
                return Optional.empty();
            }
            Map<LearningCategory, Double> shares = shares(choices);
            StringBuilder found = new StringBuilder();
            policy.mix().forEach((category, share) -> found.append(found.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.0f%% (asked %d%%)", category.jsonName(),
                            shares.get(category), share)));
            return Optional.of(Issue.error(Codes.DRAFT_LEARNING_MIX, of("activities"), "catalogue [" + catalogue.id()
                    + "] has no choice of activities for these goals that makes up the policy's learning mix within "
                    + policy.mixTolerance() + " points; the closest found: " + found));
        }

        /** Of two items that would be added, whether the first is preferred: more goals served, cheaper. */
        private static boolean better(Choice first, Choice second) {
            if (first.serves().size() != second.serves().size()) {
                return first.serves().size() > second.serves().size();
            }
            return cost(first.item()).compareTo(cost(second.item())) < 0;
        }

        /** Whether every goal the choice serves is also served by another choice. */
        private static boolean redundant(Choice choice, List<Choice> choices) {
            return choice.serves().stream().allMatch(goal -> choices.stream()
                    .anyMatch(other -> other != choice && other.serves().contains(goal)));
        }

        /** Places the activities week by week in the shortest plan the policy allows, and builds the plan. */
        private Draft schedule(List<Goal> goals, List<Choice> choices) {
            int minWeeks = policy.minWeeks().orElse(DEFAULT_MIN_WEEKS);
            int maxWeeks = policy.maxWeeks().orElse(Math.max(DEFAULT_MAX_WEEKS, minWeeks));
            double cap = policy.maxHoursPerWeek().map(BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
            BigDecimal total = choices.stream().map(choice -> choice.item().hours()).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            int weeks = minWeeks;
            for (Choice choice : choices) {
                weeks = Math.max(weeks, choice.item().weeks().orElse(1));
            }
            if (Double.isFinite(cap) && cap > 0) {
                weeks = Math.max(weeks, total.divide(BigDecimal.valueOf(cap), 0, RoundingMode.CEILING).intValue());
            }
            for (int length = weeks; length <= maxWeeks; length++) {
                Optional<int[][]> placed = place(choices, length, cap);
                if (placed.isPresent()) {
                    return build(goals, choices, length, placed.get());
                }
            }
            return failed(Codes.DRAFT_NO_TIME, of("period"), "the chosen activities take " + total.toPlainString()
                    + " hours" + (Double.isFinite(cap) ? ", at most " + policy.maxHoursPerWeek().get().toPlainString()
                    + " a week," : "") + " and do not fit in the policy's longest plan of " + maxWeeks + " weeks");
        }

        /**
         * For each choice, its first week and its number of weeks in a plan of the given length, such that no
         * week holds more than the cap (each activity's hours spread evenly over its weeks), or nothing.
         */
        private static Optional<int[][]> place(List<Choice> choices, int length, double cap) {
            double[] load = new double[length];
            int[][] spans = new int[choices.size()][];
            for (int c = 0; c < choices.size(); c++) {
                CatalogueItem item = choices.get(c).item();
                double hours = item.hours().doubleValue();
                int[] found = null;
                for (int span = Math.min(item.weeks().orElse(1), length); span <= length && found == null; span++) {
                    double perWeek = hours / span;
                    for (int first = 0; first + span <= length && found == null; first++) {
                        boolean room = true;
                        for (int week = first; week < first + span && room; week++) {
                            room = load[week] + perWeek <= cap - 1e-6 || hours == 0;
                        }
                        if (room) {
                            found = new int[] {first, span};
                        }
                    }
                }
                if (found == null) {
                    return spread(choices, length, cap);
                }
                for (int week = found[0]; week < found[0] + found[1]; week++) {
                    load[week] += hours / found[1];
                }
                spans[c] = found;
            }
            return Optional.of(spans);
        }

        /** Every activity over the whole plan, if the hours then fit the cap. */
        private static Optional<int[][]> spread(List<Choice> choices, int length, double cap) {
            double perWeek = choices.stream().mapToDouble(choice -> choice.item().hours().doubleValue()).sum() / length;
            if (perWeek > cap - 1e-6 && perWeek > 0) {
                return Optional.empty();
            }
            int[][] spans = new int[choices.size()][];
            for (int c = 0; c < choices.size(); c++) {
                spans[c] = new int[] {0, length};
            }
            return Optional.of(spans);
        }

        private Draft build(List<Goal> goals, List<Choice> choices, int length, int[][] spans) {
            LocalDate end = start.plusDays(7L * length - 1);
            Plan.Builder plan = Plan.builder(planId(), person.id(), framework.id(), framework.version())
                    .target(PlanTarget.programme(programme)).period(start, end).status(PlanStatus.DRAFT)
                    .extensions(Extensions.none());
            for (Goal goal : goals) {
                LocalDate due = start;
                for (int c = 0; c < choices.size(); c++) {
                    if (choices.get(c).serves().contains(goal)) {
                        LocalDate last = start.plusDays(7L * (spans[c][0] + spans[c][1]) - 1);
                        due = last.isAfter(due) ? last : due;
                    }
                }
                plan.goal(new Goal(goal.id(), goal.competency(), goal.from(), goal.to(), due, goal.rationale()));
            }
            for (int c = 0; c < choices.size(); c++) {
                CatalogueItem item = choices.get(c).item();
                plan.activity(new Activity(item.id(), item.type(), item.hours(), start.plusDays(7L * spans[c][0]),
                        start.plusDays(7L * (spans[c][0] + spans[c][1]) - 1), item.provider(),
                        choices.get(c).serves().stream().map(Goal::id).toList(), Optional.of(item.id())));
            }
            String reviewer = policy.approvals().values().stream().flatMap(List::stream).findFirst()
                    .orElse("line-manager");
            int every = policy.reviewEveryWeeks().orElse(Math.max(1, (length + 1) / 2));
            for (int week = every; week < length; week += every) {
                plan.review(new Review(start.plusDays(7L * week), reviewer, "planned", Optional.empty()));
            }
            Plan drafted = plan.build();
            List<Issue> problems = new ArrayList<>(PlanChecker.check(framework, drafted, policy, catalogue));
            problems.addAll(PlanChecker.coverage(compiled, drafted, person, start));
            problems.removeIf(issue -> !issue.isError());
            if (!problems.isEmpty()) {
                // A defect of the drafter, not of the input: say so rather than hand out a plan that fails its check.
                List<Issue> issues = new ArrayList<>();
                issues.add(Issue.error(Codes.DRAFT_FAILED_CHECK, "", "the drafted plan fails its own check; please"
                        + " report this with the input"));
                issues.addAll(problems);
                return new Draft(Optional.empty(), issues);
            }
            return new Draft(Optional.of(drafted), warnings);
        }

        /** {@code <person>.<programme>}, cut to the id length limit. */
        private String planId() {
            String id = person.id() + "." + programme;
            return id.length() <= 128 ? id : id.substring(0, 128);
        }
    }
}
