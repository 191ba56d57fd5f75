package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.json.PlanContext;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.plan.Catalogue;
import org.cadre.plan.Draft;
import org.cadre.plan.PlanDrafter;
import org.cadre.report.CadreException;
import org.cadre.report.Issue;
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
        subcommands = {PlanCommand.Check.class, PlanCommand.DraftPlan.class})
final class PlanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getErr().println("cadre: plan needs a command (check or draft)");
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Loads a catalogue and checks it against the framework, printing its problems to {@code err}. */
    static Inputs.Loaded<Catalogue> catalogue(DocumentLoader loader, Path file, Framework framework, PrintWriter err) {
        if (!Inputs.readable(file, err)) {
            return Inputs.Loaded.failed(Main.USAGE_OR_IO);
        }
        LoadResult<Catalogue> catalogue;
        try {
            catalogue = loader.loadCatalogue(file, framework);
        } catch (CadreException e) {
            err.println("cadre: " + e.getMessage());
            return Inputs.Loaded.failed(Main.USAGE_OR_IO);
        }
        if (!catalogue.report().issues().isEmpty()) {
            ValidateCommand.printText(catalogue.report(), err);
        }
        if (!catalogue.isValid()) {
            err.println("cadre: the catalogue is invalid");
            err.flush();
            return Inputs.Loaded.failed(Main.INVALID);
        }
        return new Inputs.Loaded<>(catalogue.value(), Main.OK);
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

        @Option(names = "--catalogue", paramLabel = "FILE",
                description = "An activity catalogue: then every activity's \"item\" must be one of its items"
                        + " (plan.item.unknown). The catalogue is checked against the framework first.")
        private Path catalogueFile;

        @Parameters(paramLabel = "PLAN", arity = "1..*", description = "The plan documents to check.")
        private List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DocumentLoader loader = DocumentLoader.create();
            Inputs.Loaded<Framework> loaded = Inputs.framework(loader, frameworkFile, err, "no plan was checked");
            if (loaded.value().isEmpty()) {
                return loaded.status();
            }
            Framework framework = loaded.value().get();
            // With people, every plan is checked against a record: compile the framework once for all of them.
            PlanContext context = peopleFile == null ? PlanContext.of(framework)
                    : PlanContext.of(CompiledFramework.compile(framework));
            if (catalogueFile != null) {
                Inputs.Loaded<Catalogue> catalogue = catalogue(loader, catalogueFile, framework, err);
                if (catalogue.value().isEmpty()) {
                    return catalogue.status();
                }
                context = context.withCatalogue(catalogue.value().get());
            }
            PlanContext planContext = context;
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
                LoadResult<org.cadre.plan.Plan> plan = loader.loadPlan(file, planContext);
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
                return loader.loadPlan(file, planContext.withPerson(person, date)).report();
            }, format, reports, out, err);
        }
    }

    /**
     * {@code cadre plan draft --framework F --person P --target PROGRAMME [--catalogue C] [--start DATE]}: drafts
     * a plan that prepares the person for the programme ({@link PlanDrafter}) and prints it as a plan document.
     */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"Draft a development plan that prepares a person for a programme: goals from the gap"
                    + " analysis, activities from a catalogue, within the framework's plan policy. Prints the plan"
                    + " document on standard output; problems and warnings go to standard error.",
                    "Exit status: 0 a plan was drafted, 1 no plan can satisfy the policy (or an input is invalid),"
                            + " 2 usage or unreadable file."})
    static final class DraftPlan implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--framework", required = true, paramLabel = "FILE",
                description = "The framework document: its programmes, rules and plan policy.")
        private Path frameworkFile;

        @Option(names = "--person", required = true, paramLabel = "FILE",
                description = "The person's record: a person document, or a cohort or JSON Lines file with --id.")
        private Path personFile;

        @Option(names = "--id", paramLabel = "ID",
                description = "Which person of a file that holds several.")
        private String personId;

        @Option(names = "--target", required = true, paramLabel = "PROGRAMME",
                description = "The id of the programme the plan prepares for.")
        private String target;

        @Option(names = "--catalogue", paramLabel = "FILE",
                description = "The activity catalogue to choose from. Default: one general activity of each"
                        + " standard type (ids standard.<type>).")
        private Path catalogueFile;

        @Option(names = "--start", paramLabel = "DATE",
                description = "The plan's first day, YYYY-MM-DD, also the date of the gap analysis. Default: today.")
        private java.time.LocalDate start;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DocumentLoader loader = DocumentLoader.create();
            Inputs.Loaded<Framework> loaded = Inputs.framework(loader, frameworkFile, err, "no plan was drafted");
            if (loaded.value().isEmpty()) {
                return loaded.status();
            }
            Framework framework = loaded.value().get();
            Catalogue catalogue = Catalogue.standard(framework);
            if (catalogueFile != null) {
                Inputs.Loaded<Catalogue> read = catalogue(loader, catalogueFile, framework, err);
                if (read.value().isEmpty()) {
                    return read.status();
                }
                catalogue = read.value().get();
            }
            java.time.LocalDate date = start == null ? java.time.LocalDate.now() : start;
            if (!Inputs.readable(personFile, err)) {
                return Main.USAGE_OR_IO;
            }
            List<Person> people = new ArrayList<>();
            Report read;
            try {
                read = PeopleInput.read(loader, personFile, framework, date, people::add);
            } catch (CadreException e) {
                err.println("cadre: " + e.getMessage());
                return Main.USAGE_OR_IO;
            }
            if (!read.isValid()) {
                ValidateCommand.printText(read, err);
            }
            List<Person> chosen = personId == null ? people
                    : people.stream().filter(person -> person.id().equals(personId)).toList();
            if (chosen.size() != 1) {
                err.println("cadre: " + (personId != null ? personFile + " holds no valid record of person ["
                        + personId + "]" : chosen.isEmpty() ? personFile + " holds no valid person record"
                        : personFile + " holds " + chosen.size() + " people; say which with --id"));
                err.flush();
                return chosen.size() > 1 ? Main.USAGE_OR_IO : Main.INVALID;
            }
            Draft draft = PlanDrafter.draft(CompiledFramework.compile(framework), catalogue, chosen.get(0), target,
                    date);
            for (Issue issue : draft.issues()) {
                err.println((issue.isError() ? "error " : "warning ") + issue.code() + " at "
                        + (issue.pointer().isEmpty() ? "/" : issue.pointer()) + ": " + issue.message());
            }
            err.flush();
            if (draft.plan().isEmpty()) {
                err.println("cadre: no plan was drafted");
                err.flush();
                return Main.INVALID;
            }
            out.print(DocumentWriter.create().write(draft.plan().get()));
            out.flush();
            return Main.OK;
        }
    }
}
