package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cadre.json.DocumentLoader;
import org.cadre.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cadre validate FILE…}: checks documents of any kind and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check Cadre documents (the kind is read from each file; .jsonl and .ndjson files are JSON"
                + " Lines cohorts) and report every problem.",
                "Exit status: 0 all valid, 1 some document invalid, 2 usage or unreadable file."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (one line per problem) or json "
                    + "({\"valid\", \"errors\", \"warnings\"}). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The documents to check.")
    private List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentLoader loader = DocumentLoader.create();
        return Inputs.checkFiles(files, file -> PeopleInput.isJsonLines(file) ? loader.streamCohort(file, person -> { })
                : loader.validate(file), format, new ArrayList<>(), out, err);
    }

    static void printText(Report report, PrintWriter out) {
        Inputs.printIssues(report, out);
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        out.println(report.source() + ": " + (errors == 0 ? "valid" : "invalid") + " (" + plural(errors, "error")
                + ", " + plural(warnings, "warning") + ")");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
