package org.cadre.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Progression;
import org.cadre.examples.ShippedExamples;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cadre demo}: loads every shipped framework and prints a short summary of each, then shows how a
 * broken document is reported. Needs no arguments and no files: the data is embedded.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the shipped example frameworks and summarise them; show how problems are reported.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocumentLoader loader = DocumentLoader.create();
        out.println("Cadre demo: the shipped frameworks");
        out.println();
        boolean allValid = true;
        for (String name : ShippedExamples.FRAMEWORKS) {
            LoadResult<Framework> result = loader.loadFramework(ShippedExamples.framework(name),
                    "examples/frameworks/" + name);
            if (!result.isValid()) {
                allValid = false;
                out.println("examples/frameworks/" + name + " is invalid:");
                result.report().issues().forEach(issue -> out.println("  " + issue));
                continue;
            }
            summarise(result.orThrow(), result.report(), out);
        }
        judgeExamplePeople(loader, out);
        out.println("How problems are reported: a broken copy of the model (examples/invalid/"
                + ShippedExamples.BROKEN_FRAMEWORK + ")");
        Report broken = loader.validate(ShippedExamples.invalid(ShippedExamples.BROKEN_FRAMEWORK),
                "examples/invalid/" + ShippedExamples.BROKEN_FRAMEWORK);
        for (Issue issue : broken.issues()) {
            out.println("  " + issue.line() + ":" + issue.column() + " " + issue.severity().label() + " ["
                    + issue.code() + "] " + issue.message());
        }
        out.println();
        out.println("Try: ./cadre validate examples/frameworks/nhs-hlm.json");
        out.println("     ./cadre evaluate --framework examples/frameworks/nhs-hlm.json --people"
                + " examples/people/nhs-people.json --programme nhs.nye-bevan --explain --gap");
        out.println("     ./cadre validate --format json examples/invalid/" + ShippedExamples.BROKEN_FRAMEWORK);
        out.flush();
        if (broken.isValid()) {
            spec.commandLine().getErr().println("cadre: the broken example was accepted; this is a bug");
            return Main.INVALID;
        }
        return allValid ? Main.OK : Main.INVALID;
    }

    /** Judges the shipped people against the ladder: each one's next rungs, and one explained gap. */
    private static void judgeExamplePeople(DocumentLoader loader, PrintWriter out) {
        Framework hlm = loader.loadFramework(ShippedExamples.framework("nhs-hlm.json"), "nhs-hlm.json").orThrow();
        CompiledFramework ladder = CompiledFramework.compile(hlm);
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 11, 1);
        List<Person> people = loader.loadCohort(ShippedExamples.people("nhs-people.json"), "nhs-people.json", hlm,
                asOf).orThrow();
        out.println("The example people on the NHS ladder, as of " + asOf + " (examples/people/nhs-people.json):");
        for (Person person : people) {
            Progression progression = ladder.progression(person, asOf);
            List<String> next = progression.next().stream()
                    .map(id -> hlm.programme(id).map(Programme::title).orElse(id)).toList();
            List<String> unknown = progression.programmes().stream()
                    .filter(rung -> rung.status() == Progression.Status.UNKNOWN).map(Progression.Rung::title).toList();
            out.println("  " + person.id() + ": " + (next.isEmpty() ? "no rung open yet" : "may start "
                    + String.join(", ", next)) + (unknown.isEmpty() ? "" : "; not yet known: "
                    + String.join(", ", unknown)));
        }
        Person second = people.get(1);
        String target = "nhs.rosalind-franklin";
        Evaluation evaluation = ladder.evaluateEntry(second, target, asOf, true);
        out.println();
        out.println("Why " + second.id() + " is not yet ready for " + hlm.programme(target).orElseThrow().title() + ":");
        evaluation.explanation().orElseThrow().render().lines().forEach(line -> out.println("  " + line));
        Gap gap = ladder.gap(second, target, asOf);
        gap.changes().ifPresent(changes -> changes.forEach(change -> out.println("  to do: " + change.sentence())));
        out.println();
    }

    private static void summarise(Framework framework, Report report, PrintWriter out) {
        out.println(framework.title() + " [" + framework.id() + " " + framework.version() + "]"
                + framework.source().flatMap(source -> source.publisher()).map(p -> ", after " + p).orElse("")
                + ": valid, " + ValidateCommand.plural(report.warnings().size(), "warning"));
        for (ProficiencyScale scale : framework.scales()) {
            out.println("  scale " + scale.id() + ": " + scale.levelsByRank().stream().map(Level::label)
                    .collect(Collectors.joining(" < ")));
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int indicators = 0;
        for (Competency competency : framework.competencies()) {
            kinds.merge(competency.kind().orElse("competency"), 1, Integer::sum);
            indicators += competency.indicators().values().stream().mapToInt(List::size).sum();
        }
        out.println("  " + framework.competencies().size() + " competencies (" + kinds.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "))
                + "), " + indicators + " behavioural indicators");
        for (Competency root : framework.roots()) {
            printTree(framework, root, 2, out);
        }
        if (!framework.programmes().isEmpty()) {
            out.println("  programme ladder:");
            for (Programme programme : framework.programmes()) {
                List<String> next = new ArrayList<>();
                programme.leadsTo().forEach(id -> framework.programme(id).ifPresent(p -> next.add(p.title())));
                out.println("    " + programme.title()
                        + programme.duration().map(duration -> " (" + duration + ")").orElse("")
                        + targetSummary(framework, programme)
                        + (next.isEmpty() ? "" : " → " + String.join(", ", next)));
            }
        }
        out.println();
    }

    private static void printTree(Framework framework, Competency competency, int depth, PrintWriter out) {
        int count = competency.indicators().values().stream().mapToInt(List::size).sum();
        out.println("  ".repeat(depth) + competency.title() + (count == 0 ? "" : " (" + count + " indicators)"));
        for (Competency child : framework.children(competency.id())) {
            printTree(framework, child, depth + 1, out);
        }
    }

    private static String targetSummary(Framework framework, Programme programme) {
        if (programme.targetProfile().isEmpty()) {
            return "";
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        programme.targetProfile().forEach((competency, level) -> byLevel.merge(level, 1, Integer::sum));
        return ", target: " + byLevel.entrySet().stream().map(entry -> entry.getValue() + " at " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
