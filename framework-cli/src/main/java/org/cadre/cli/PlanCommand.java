package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cadre plan …}: works with development plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Work with development plans.",
        subcommands = {PlanCommand.Check.class})
final class PlanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getErr().println("cadre: plan needs a command (check)");
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /**
     * {@code cadre plan check --framework F [--person P] PLAN…}: checks plans against a framework and its plan
     * policy and, with {@code --person}, against what each plan's person still lacks for its target.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check development plans against a framework and its plan policy (references, dates,"
                    + " goals served, length, hours per week, learning mix, review cadence, approvals) and report"
                    + " every problem.",
                    "Exit status: 0 all valid, 1 some plan (or the framework) invalid, 2 usage or unreadable file."})
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--framework", required = true, paramLabel = "FILE",
                description = "The framework document the plans are written against.")
        private Path frameworkFile;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format: text (one line per problem) or json "
                        + "({\"valid\", \"errors\", \"warnings\"}). Default: ${DEFAULT-VALUE}.")
        private OutputFormat format;

        @Option(names = "--person", paramLabel = "FILE",
                description = "A person, cohort or JSON Lines file holding the plans' people (matched by each plan's"
                        + " \"person\"): then each plan must also address what its person still lacks for its"
                        + " target (plan.coverage).")
        private Path peopleFile;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The date of the person's record, YYYY-MM-DD. Default: today.")
        private java.time.LocalDate asOf;

        @Parameters(paramLabel = "PLAN", arity = "1..*", description = "The plan documents to check.")
        private List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DocumentLoader loader = DocumentLoader.create();
            if (!Inputs.readable(frameworkFile, err)) {
                return Main.USAGE_OR_IO;
            }
            LoadResult<Framework> loaded;
            try {
                loaded = loader.loadFramework(frameworkFile);
            } catch (CadreException e) {
                err.println("cadre: " + e.getMessage());
                return Main.USAGE_OR_IO;
            }
            if (!loaded.isValid()) {
                ValidateCommand.printText(loaded.report(), err);
                err.println("cadre: the framework is invalid; no plan was checked");
                err.flush();
                return Main.INVALID;
            }
            Framework framework = loaded.orThrow();
            java.time.LocalDate date = asOf == null ? java.time.LocalDate.now() : asOf;
            java.util.Map<String, org.cadre.person.Person> people = new java.util.HashMap<>();
            List<Report> reports = new ArrayList<>();
            if (peopleFile != null) {
                if (!Inputs.readable(peopleFile, err)) {
                    return Main.USAGE_OR_IO;
                }
                java.time.LocalDate latest = date.isAfter(java.time.LocalDate.now()) ? date
                        : java.time.LocalDate.now();
                try {
                    Report read = PeopleInput.read(loader, peopleFile, framework, latest,
                            person -> people.put(person.id(), person));
                    if (!read.isValid()) {
                        ValidateCommand.printText(read, err);
                        reports.add(read);
                    }
                } catch (CadreException e) {
                    err.println("cadre: " + e.getMessage());
                    return Main.USAGE_OR_IO;
                }
            }
            return Inputs.checkFiles(files, file -> {
                LoadResult<org.cadre.plan.Plan> plan = loader.loadPlan(file, framework);
                if (peopleFile == null || !plan.isValid()) {
                    return plan.report();
                }
                org.cadre.person.Person person = people.get(plan.orThrow().person());
                if (person == null) {
                    err.println("cadre: " + peopleFile + " holds no valid record of person ["
                            + plan.orThrow().person() + "], so " + file + " was not checked against it");
                    return Report.of(file.toString(), List.of(org.cadre.report.Issue.error(
                            org.cadre.report.Codes.PLAN_COVERAGE, "/person", "no record of person ["
                                    + plan.orThrow().person() + "] in " + peopleFile)));
                }
                return loader.loadPlan(file, framework, person, date).report();
            }, format, reports, out, err);
        }
    }
}
