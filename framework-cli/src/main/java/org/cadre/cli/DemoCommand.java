package org.cadre.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cadre.evaluation.Change;
import org.cadre.evaluation.Checkpoints;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.CompiledRule;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Explanation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Progression;
import org.cadre.evaluation.Selection;
import org.cadre.evaluation.Verdict;
import org.cadre.examples.ShippedExamples;
import org.cadre.examples.SyntheticPeople;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.person.Person;
import org.cadre.plan.Activity;
import org.cadre.plan.Catalogue;
import org.cadre.plan.CatalogueItem;
import org.cadre.plan.Draft;
import org.cadre.plan.Goal;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanChecker;
import org.cadre.plan.PlanDrafter;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cadre demo}: checks every shipped example, then judges a deterministic synthetic cohort of a few
 * thousand people against the NHS ladder and the other seed systems, and prints a short summary. Needs no
 * arguments and no files: the data is embedded. Progress goes to standard error, the summary to standard
 * output.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Check the shipped examples, then judge a synthetic cohort against them and summarise.")
final class DemoCommand implements Callable<Integer> {

    /** The date every judgement of the demo is made at, so that its output never changes. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** People in the synthetic NHS cohort. */
    static final int COHORT = 3_000;

    private static final String NHS = "nhs-hlm.json";

    @Spec
    private CommandSpec spec;

    private PrintWriter err;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        DocumentLoader loader = DocumentLoader.create();
        out.println("Cadre demo, as of " + AS_OF);
        out.println();
        out.println("1. The shipped examples");
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        boolean allValid = true;
        for (String name : ShippedExamples.FRAMEWORKS) {
            progress("checking examples/frameworks/" + name);
            LoadResult<Framework> result = loader.loadFramework(ShippedExamples.framework(name),
                    "examples/frameworks/" + name);
            if (!result.isValid()) {
                allValid = false;
                out.println("  examples/frameworks/" + name + " is invalid:");
                result.report().issues().forEach(issue -> out.println("    " + issue));
                continue;
            }
            frameworks.put(name, result.orThrow());
            summarise(name, result.orThrow(), result.report(), out);
        }
        for (String name : ShippedExamples.PEOPLE) {
            Framework framework = frameworks.get(ShippedExamples.frameworkFor(name));
            if (framework == null) {
                continue;
            }
            LoadResult<List<Person>> people = loader.loadCohort(ShippedExamples.people(name), name, framework, AS_OF);
            allValid &= people.isValid();
            out.println("  examples/people/" + name + ": " + (people.isValid()
                    ? people.orThrow().size() + " people, valid against " + framework.id()
                    : "invalid: " + people.report().errors().size() + " errors"));
        }
        Framework hlm = frameworks.get(NHS);
        for (String name : ShippedExamples.PLANS) {
            if (hlm != null) {
                Report report = loader.loadPlan(ShippedExamples.plan(name), name, hlm).report();
                allValid &= report.isValid();
                out.println("  examples/plans/" + name + ": " + (report.isValid() ? "valid" : "invalid")
                        + " against " + hlm.id() + ", " + ValidateCommand.plural(report.warnings().size(), "warning"));
            }
        }
        Catalogue catalogue = null;
        for (String name : ShippedExamples.CATALOGUES) {
            if (hlm != null) {
                LoadResult<Catalogue> loaded = loader.loadCatalogue(ShippedExamples.catalogue(name),
                        "examples/catalogues/" + name, hlm);
                allValid &= loaded.isValid();
                out.println("  examples/catalogues/" + name + ": " + (loaded.isValid() ? loaded.orThrow().items().size()
                        + " activities, valid against " + hlm.id() : "invalid: " + loaded.report().errors().size()
                        + " errors"));
                catalogue = loaded.value().orElse(catalogue);
            }
        }
        out.println();
        if (hlm != null) {
            nhsCohort(hlm, frameworks, catalogue == null ? Catalogue.standard(hlm) : catalogue, out);
        }
        Framework mastery = frameworks.get("mastery-practice.json");
        if (mastery != null) {
            mastery(mastery, out);
        }
        Framework sa = frameworks.get("sa-health-leaders.json");
        if (sa != null) {
            selection(sa, out);
        }
        out.println("How problems are reported: a broken copy of the model (examples/invalid/"
                + ShippedExamples.BROKEN_FRAMEWORK + ")");
        Report broken = loader.validate(ShippedExamples.invalid(ShippedExamples.BROKEN_FRAMEWORK),
                "examples/invalid/" + ShippedExamples.BROKEN_FRAMEWORK);
        for (Issue issue : broken.issues()) {
            out.println("  " + issue.line() + ":" + issue.column() + " " + issue.severity().label() + " ["
                    + issue.code() + "] " + issue.message());
        }
        out.println();
        out.println("Try: ./cadre validate examples/frameworks/*.json");
        out.println("     ./cadre evaluate --framework examples/frameworks/nhs-hlm.json --people"
                + " examples/people/nhs-people.json --programme nhs.nye-bevan --explain --gap");
        out.println("     ./cadre validate --format json examples/invalid/" + ShippedExamples.BROKEN_FRAMEWORK);
        out.flush();
        progress("done");
        if (broken.isValid()) {
            err.println("cadre: the broken example was accepted; this is a bug");
            return Main.INVALID;
        }
        return allValid ? Main.OK : Main.INVALID;
    }

    private void progress(String message) {
        err.println("demo: " + message);
        err.flush();
    }

    private static void summarise(String name, Framework framework, Report report, PrintWriter out) {
        out.println("  " + framework.title() + " [" + framework.id() + " " + framework.version() + "]"
                + framework.source().flatMap(source -> source.publisher()).map(p -> ", after " + p).orElse("")
                + ": valid, " + ValidateCommand.plural(report.warnings().size(), "warning"));
        for (ProficiencyScale scale : framework.scales()) {
            out.println("    scale: " + scale.levelsByRank().stream().map(Level::label)
                    .collect(Collectors.joining(" < ")));
        }
        long rated = framework.competencies().stream()
                .filter(c -> framework.effectiveScale(c.id()).isPresent() && framework.children(c.id()).isEmpty())
                .count();
        out.println("    " + rated + " rated competencies; programmes: " + (framework.programmes().isEmpty() ? "none"
                : framework.programmes().stream().map(p -> p.title() + p.capacity().map(c -> " (" + c + " places)")
                .orElse("")).collect(Collectors.joining(" → "))));
    }

    /** The NHS ladder over the synthetic cohort: eligibility per rung, common gaps, tenure, one explained verdict. */
    private void nhsCohort(Framework hlm, Map<String, Framework> frameworks, Catalogue catalogue, PrintWriter out) {
        progress("generating " + COHORT + " synthetic people for the NHS ladder");
        List<Person> people = SyntheticPeople.generate(hlm, COHORT, SyntheticPeople.DEMO_SEED, AS_OF);
        CompiledFramework ladder = CompiledFramework.compile(hlm);
        Map<String, int[]> byRung = new LinkedHashMap<>(); // eligible, unknown, not yet, completed or enrolled
        hlm.programmes().forEach(p -> byRung.put(p.id(), new int[4]));
        Map<String, Integer> gaps = new HashMap<>();
        Person explained = null;
        String explainedRung = null;
        for (int i = 0; i < people.size(); i++) {
            if (i % 1000 == 0) {
                progress("evaluating the NHS ladder: " + i + " of " + people.size() + " people");
            }
            Person person = people.get(i);
            Progression progression = ladder.progression(person, AS_OF);
            PersonState state = ladder.state(person, AS_OF);
            for (Progression.Rung rung : progression.programmes()) {
                int[] counts = byRung.get(rung.programmeId());
                switch (rung.status()) {
                    case ELIGIBLE -> counts[0]++;
                    case UNKNOWN -> counts[1]++;
                    case NOT_YET_ELIGIBLE -> counts[2]++;
                    default -> counts[3]++;
                }
                if (rung.status() == Progression.Status.NOT_YET_ELIGIBLE && oneStepAway(hlm, progression, rung)) {
                    Explanation why = ladder.entry(rung.programmeId()).orElseThrow().explain(state);
                    List<Explanation> unmet = new ArrayList<>();
                    unmetLeaves(why, unmet);
                    unmet.forEach(leaf -> gaps.merge(rung.title() + ": " + leaf.rule(), 1, Integer::sum));
                    if (explained == null && unmet.size() >= 2 && ladder.gap(person, rung.programmeId(), AS_OF)
                            .changes().filter(changes -> !changes.isEmpty()).isPresent()) {
                        explained = person;
                        explainedRung = rung.programmeId();
                    }
                }
            }
        }
        progress("evaluating the NHS ladder: " + people.size() + " of " + people.size() + " people");
        out.println("2. The NHS Leadership Academy ladder over " + COHORT + " synthetic people (seed "
                + SyntheticPeople.DEMO_SEED + ")");
        out.printf(Locale.ROOT, "  %-40s %8s %8s %9s %9s%n", "rung", "eligible", "unknown", "not yet", "taken");
        for (Programme programme : hlm.programmes()) {
            int[] counts = byRung.get(programme.id());
            out.printf(Locale.ROOT, "  %-40s %8d %8d %9d %9d%n", programme.title(), counts[0], counts[1], counts[2],
                    counts[3]);
        }
        out.println();
        out.println("  Most common gaps of people one rung away (they completed a rung that leads there):");
        gaps.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(6)
                .forEach(entry -> out.printf(Locale.ROOT, "  %6d  %s%n", entry.getValue(), entry.getKey()));
        out.println();
        tenure(people, frameworks, out);
        if (explained != null) {
            Programme target = hlm.programme(explainedRung).orElseThrow();
            Evaluation evaluation = ladder.evaluateEntry(explained, target.id(), AS_OF, true);
            out.println("  Why " + explained.id() + " is not yet ready for " + target.title() + ":");
            evaluation.explanation().orElseThrow().render().lines().forEach(line -> out.println("    " + line));
            Gap gap = ladder.gap(explained, target.id(), AS_OF);
            if (gap.changes().isPresent()) {
                out.println("    to close the gap, smallest change first:");
                gap.changes().get().forEach(change -> out.println("      - " + change.sentence()));
            } else {
                out.println("    no development can meet this entry rule");
            }
            out.println();
        }
        draftedPlan(hlm, ladder, catalogue, people, out);
        if (explained != null) {
        }
    }

    /**
     * A development plan drafted from the catalogue for the first person of the cohort who is one rung away from
     * a programme and lacks levels a plan can raise, summed up, with its check.
     */
    private void draftedPlan(Framework hlm, CompiledFramework ladder, Catalogue catalogue, List<Person> people,
                             PrintWriter out) {
        progress("drafting a development plan");
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        for (Person person : people) {
            Progression progression = ladder.progression(person, AS_OF);
            for (Progression.Rung rung : progression.programmes()) {
                if (rung.status() != Progression.Status.NOT_YET_ELIGIBLE || !oneStepAway(hlm, progression, rung)) {
                    continue;
                }
                Draft draft = PlanDrafter.draft(ladder, catalogue, person, rung.programmeId(), AS_OF);
                if (draft.plan().isPresent()) {
                    printPlan(ladder, catalogue, person, hlm.programme(rung.programmeId()).orElseThrow(), draft, out);
                    if (!refusals.isEmpty()) {
                        out.println("    (for the people before, no plan could be drafted: " + refusals + ")");
                    }
                    out.println();
                    return;
                }
                refusals.merge(draft.issues().get(0).code(), 1, Integer::sum);
            }
        }
        out.println("  No development plan could be drafted for anyone one rung away: " + refusals);
        out.println();
    }

    private void printPlan(CompiledFramework ladder, Catalogue catalogue, Person person, Programme target, Draft draft,
                           PrintWriter out) {
        Plan plan = draft.plan().orElseThrow();
        out.println("  A development plan drafted for " + person.id() + " toward " + target.title() + ":");
        Framework framework = ladder.framework();
        BigDecimal hours = plan.activities().stream().map(Activity::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = plan.activities().stream().map(activity -> activity.item().flatMap(catalogue::item)
                .flatMap(CatalogueItem::cost).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.println("    from catalogue " + catalogue.id() + " (as ./cadre plan draft does): " + plan.start()
                + " to " + plan.end() + ", " + hours.toPlainString() + " hours, "
                + catalogue.currency().map(currency -> currency + " ").orElse("") + cost.toPlainString());
        for (Goal goal : plan.goals()) {
            out.println("      goal " + goal.id() + ": " + framework.competency(goal.competency())
                    .map(Competency::title).orElse(goal.competency()) + " " + goal.from().orElse("(not assessed)")
                    + " -> " + goal.to() + " by " + goal.due());
        }
        for (Activity activity : plan.activities()) {
            String title = activity.item().flatMap(catalogue::item).map(CatalogueItem::title).orElse(activity.id());
            out.println("      " + activity.start() + " to " + activity.end() + "  " + title + " (" + activity.type()
                    + ", " + activity.hours().toPlainString() + " h" + (activity.goals().isEmpty() ? ""
                    : ", for " + String.join(", ", activity.goals())) + ")");
        }
        draft.issues().forEach(issue -> out.println("      note: " + issue.message()));
        List<Issue> problems = new ArrayList<>(PlanChecker.check(framework, plan,
                framework.planPolicy().orElse(PlanPolicy.NONE), catalogue));
        problems.addAll(PlanChecker.coverage(ladder, plan, person, AS_OF));
        out.println("      plan check: " + (problems.stream().noneMatch(Issue::isError) ? "valid" : "invalid "
                + problems) + " against the plan policy, the catalogue and " + person.id() + "'s record");
    }

    /** Whether the person completed (or is in) a programme that leads to this rung, or the rung has no predecessor. */
    private static boolean oneStepAway(Framework framework, Progression progression, Progression.Rung rung) {
        List<String> before = framework.programmes().stream()
                .filter(p -> p.leadsTo().contains(rung.programmeId())).map(Programme::id).toList();
        return before.isEmpty() || progression.programmes().stream().anyMatch(other -> before.contains(
                other.programmeId()) && other.status() == Progression.Status.COMPLETED);
    }

    private static void unmetLeaves(Explanation node, List<Explanation> into) {
        if (node.verdict() != Verdict.NOT_MET) {
            return;
        }
        List<Explanation> failing = node.children().stream().filter(c -> c.verdict() == Verdict.NOT_MET).toList();
        if (failing.isEmpty() || node.rule().startsWith("the named rule")) {
            if (failing.isEmpty()) {
                into.add(node);
                return;
            }
        }
        failing.forEach(child -> unmetLeaves(child, into));
    }

    private static final int[] TENURE_BUCKETS = {0, 12, 24, 36, 60, 120, 204};

    /** The distribution of months in post beside what the shipped programmes require of it. */
    private static void tenure(List<Person> people, Map<String, Framework> frameworks, PrintWriter out) {
        int[] counts = new int[TENURE_BUCKETS.length];
        int unrecorded = 0;
        List<Long> chiefExecutives = new ArrayList<>();
        for (Person person : people) {
            BigDecimal months = person.numbers().get("monthsInRole");
            if (months == null) {
                unrecorded++;
                continue;
            }
            int bucket = 0;
            while (bucket + 1 < TENURE_BUCKETS.length && months.intValue() >= TENURE_BUCKETS[bucket + 1]) {
                bucket++;
            }
            counts[bucket]++;
            if ("chief-executive".equals(person.strings().get("role"))) {
                chiefExecutives.add(months.longValue());
            }
        }
        out.println("  Months in post (monthsInRole) across the cohort, beside the programmes' requirements:");
        int largest = java.util.Arrays.stream(counts).max().orElse(1);
        for (int b = 0; b < counts.length; b++) {
            String label = b + 1 < TENURE_BUCKETS.length ? TENURE_BUCKETS[b] + "–" + (TENURE_BUCKETS[b + 1] - 1)
                    : TENURE_BUCKETS[b] + "+";
            out.printf(Locale.ROOT, "    %-8s %5d %s%n", label, counts[b],
                    "#".repeat((int) Math.round(40.0 * counts[b] / Math.max(1, largest))));
        }
        out.println("    not recorded " + unrecorded);
        List<String> requirements = new ArrayList<>();
        for (Framework framework : frameworks.values()) {
            for (Programme programme : framework.programmes()) {
                programme.entry().ifPresent(rule -> tenureRequirements(rule, framework, programme, requirements));
            }
        }
        out.println("    required (months): " + String.join("; ", requirements));
        chiefExecutives.sort(null);
        if (!chiefExecutives.isEmpty()) {
            out.println("    chief executives in the cohort: " + chiefExecutives.size() + ", median "
                    + chiefExecutives.get(chiefExecutives.size() / 2) + " months in post (public health chief"
                    + " executives average about 24; top private-sector chief executives about 204, 17 years)");
        }
        out.println();
    }

    private static void tenureRequirements(Rule rule, Framework framework, Programme programme, List<String> into) {
        java.util.Deque<Rule> todo = new java.util.ArrayDeque<>(List.of(rule));
        while (!todo.isEmpty()) {
            Rule next = todo.pop();
            if (next instanceof Rule.NumberFact fact && fact.fact().equals("monthsInRole")) {
                String sign = switch (fact.comparison().jsonName()) {
                    case "atLeast" -> "≥ ";
                    case "atMost" -> "≤ ";
                    case "moreThan" -> "> ";
                    case "lessThan" -> "< ";
                    default -> "= ";
                };
                into.add(programme.title() + " " + sign + fact.value().toPlainString());
            }
            todo.addAll(next.children());
            if (next instanceof Rule.Ref ref && framework.rules().containsKey(ref.name())) {
                todo.add(framework.rules().get(ref.name()));
            }
        }
    }

    /** How far each person of a synthetic cohort is from the 10,000 hours of the mastery rule. */
    private void mastery(Framework framework, PrintWriter out) {
        progress("generating and judging 1000 synthetic practitioners for the mastery rule");
        CompiledFramework compiled = CompiledFramework.compile(framework);
        Optional<CompiledRule> rule = compiled.rule("mp.ten-thousand-hours");
        if (rule.isEmpty()) {
            return;
        }
        List<Person> people = SyntheticPeople.generate(framework, 1_000, SyntheticPeople.DEMO_SEED + 7, AS_OF);
        int met = 0;
        int unknown = 0;
        int[] buckets = new int[4]; // hours still needed: < 2,500; < 5,000; < 7,500; 7,500 or more
        List<Double> needed = new ArrayList<>();
        for (Person person : people) {
            Verdict verdict = rule.get().verdict(compiled.state(person, AS_OF));
            if (verdict == Verdict.MET) {
                met++;
                continue;
            }
            if (verdict == Verdict.UNKNOWN) {
                unknown++;
                continue;
            }
            Gap gap = compiled.gap(person, "mp.expert", AS_OF);
            for (Change change : gap.changes().orElse(List.of())) {
                if (change.kind() == Change.Kind.NUMBER && change.target().equals("practiceHours")) {
                    double more = new BigDecimal(change.to()).subtract(new BigDecimal(change.from())).doubleValue();
                    needed.add(more);
                    buckets[Math.min(3, (int) (more / 2_500))]++;
                }
            }
        }
        needed.sort(null);
        out.println("3. Mastery takes practice: 1000 synthetic practitioners against the 10,000-hour rule"
                + " (examples/frameworks/mastery-practice.json)");
        out.println("  " + met + " have 10,000 hours of deliberate practice; " + unknown + " have no hours recorded;"
                + " the others still need:");
        String[] labels = {"under 2,500 hours", "2,500–4,999 hours", "5,000–7,499 hours", "7,500 hours or more"};
        for (int b = 0; b < buckets.length; b++) {
            out.printf(Locale.ROOT, "    %-20s %5d%n", labels[b], buckets[b]);
        }
        if (!needed.isEmpty()) {
            out.printf(Locale.ROOT, "    median distance: %,.0f hours (from the gap analysis: \"increase practiceHours"
                    + " from … to 10000\")%n", needed.get(needed.size() / 2));
        }
        out.println();
    }

    /** The SA top-leaders programme: 250 places filled from a synthetic pool by the documented ranking. */
    private void selection(Framework framework, PrintWriter out) {
        progress("generating and ranking 1500 synthetic leaders for the SA Health programme");
        CompiledFramework compiled = CompiledFramework.compile(framework);
        List<Person> people = SyntheticPeople.generate(framework, 1_500, SyntheticPeople.DEMO_SEED + 4, AS_OF);
        Selection selection = Selection.of(compiled, "sa.top-leaders");
        Selection.Result result = selection.select(people, AS_OF);
        out.println("4. " + selection.programme().title() + " (examples/frameworks/sa-health-leaders.json), "
                + result.capacity().map(c -> c + " places").orElse("unlimited places") + ", from 1500 synthetic leaders");
        out.println("  " + result.eligible() + " eligible, " + result.unknown() + " unknown, " + result.notEligible()
                + " not eligible, " + result.alreadyTaken() + " already taking or past it; " + result.selected().size()
                + " selected, " + result.waiting().size() + " waiting");
        out.println("  ranking: nominated first, then mean level (higher first), then months leading teams (more"
                + " first), then person id");
        result.selected().stream().limit(3).forEach(c -> out.println("    #" + c.rank() + " " + c.personId() + "  "
                + String.join(", ", c.keys())));
        if (result.selected().size() > 3) {
            Selection.Candidate last = result.selected().get(result.selected().size() - 1);
            out.println("    … #" + last.rank() + " " + last.personId() + "  " + String.join(", ", last.keys())
                    + "  (the last place)");
        }
        Checkpoints checkpoints = Checkpoints.of(compiled, "sa.top-leaders");
        Map<String, Map<Checkpoints.State, Integer>> states = new LinkedHashMap<>();
        int participants = 0;
        for (Person person : people) {
            if (person.programmes().stream().noneMatch(r -> r.programme().equals("sa.top-leaders")
                    && r.state() == org.cadre.person.ProgrammeState.ENROLLED)) {
                continue;
            }
            participants++;
            for (Checkpoints.Status status : checkpoints.progress(person, AS_OF).checkpoints()) {
                states.computeIfAbsent(status.checkpointId() + " (month " + status.month() + ")",
                        key -> new java.util.EnumMap<>(Checkpoints.State.class)).merge(status.state(), 1, Integer::sum);
            }
        }
        out.println("  checkpoints of the " + participants + " people taking part now:");
        states.forEach((checkpoint, counts) -> out.println("    " + checkpoint + ": " + counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label()).collect(Collectors.joining(", "))));
        out.println();
    }
}
