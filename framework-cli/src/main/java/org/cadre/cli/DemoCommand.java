package org.cadre.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cadre.examples.ShippedExamples;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
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
        out.println("     ./cadre validate --format json examples/invalid/" + ShippedExamples.BROKEN_FRAMEWORK);
        out.flush();
        if (broken.isValid()) {
            spec.commandLine().getErr().println("cadre: the broken example was accepted; this is a bug");
            return Main.INVALID;
        }
        return allValid ? Main.OK : Main.INVALID;
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
