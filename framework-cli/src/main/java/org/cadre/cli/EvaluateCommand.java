package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Explanation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Progression;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.CadreException;
import org.cadre.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadre evaluate}: judges people against a framework's programme ladder. Without
 * {@code --programme}, every rung's status and the next rungs; with it, that programme's entry verdict,
 * its explanation ({@code --explain}) and the gap ({@code --gap}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Judge people against a framework's programmes: who is ready for which programme, and why"
                + " not yet.",
                "Exit status: 0 every input valid (whatever the verdicts), 1 some input invalid (invalid people are"
                        + " reported on standard error and skipped), 2 usage or unreadable file."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--framework", required = true, paramLabel = "FILE", description = "The framework document.")
    private Path frameworkFile;

    @Option(names = "--people", required = true, paramLabel = "FILE",
            description = "A person or cohort document (.json), or a JSON Lines cohort (.jsonl), read as a stream.")
    private Path peopleFile;

    @Option(names = "--programme", paramLabel = "ID", description = "Judge the entry to this programme only.")
    private String programme;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to judge at, YYYY-MM-DD. Default: today.")
    private LocalDate asOf;

    @Option(names = "--explain", description = "Explain each verdict (needs --programme).")
    private boolean explain;

    @Option(names = "--gap", description = "Show what is missing and the changes that would close it (needs"
            + " --programme).")
    private boolean gap;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output: table (for people), json (one document), csv. Default: ${DEFAULT-VALUE}.")
    private Format format;

    enum Format { TABLE, JSON, CSV }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((explain || gap) && programme == null) {
            err.println("cadre: --explain and --gap need --programme");
            return Main.USAGE_OR_IO;
        }
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        DocumentLoader loader = DocumentLoader.create();
        if (!Inputs.readable(frameworkFile, err) || !Inputs.readable(peopleFile, err)) {
            return Main.USAGE_OR_IO;
        }
        Inputs.Loaded<Framework> loaded = Inputs.framework(loader, frameworkFile, err, "nothing was evaluated");
        if (loaded.value().isEmpty()) {
            return loaded.status();
        }
        CompiledFramework compiled = CompiledFramework.compile(loaded.value().get());
        if (programme != null && compiled.framework().programme(programme).isEmpty()) {
            err.println("cadre: framework [" + compiled.framework().id() + "] has no programme [" + programme
                    + "]; its programmes are " + compiled.framework().programmes().stream().map(p -> p.id()).toList());
            return Main.USAGE_OR_IO;
        }
        Output output = new Output(out, compiled, date);
        Progress progress = new Progress(err);
        Consumer<Person> judge = person -> {
            output.person(person);
            progress.tick();
        };
        output.start();
        Report people;
        // A record may not hold anything dated after today, or after the as-of date if that is later;
        // judging the past, later ratings are simply not counted.
        LocalDate latest = date.isAfter(LocalDate.now()) ? date : LocalDate.now();
        try {
            people = PeopleInput.read(loader, peopleFile, compiled.framework(), latest, judge);
        } catch (CadreException e) {
            output.finish();
            err.println("cadre: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        output.finish();
        progress.done();
        Inputs.printIssues(people, err);
        out.flush();
        return people.isValid() ? Main.OK : Main.INVALID;
    }

    /** Writes results in the chosen format as people arrive, so that a large cohort is never held. */
    private final class Output {
        private final PrintWriter out;
        private final CompiledFramework compiled;
        private final LocalDate date;
        private boolean first = true;

        Output(PrintWriter out, CompiledFramework compiled, LocalDate date) {
            this.out = out;
            this.compiled = compiled;
            this.date = date;
        }

        void start() {
            Framework framework = compiled.framework();
            switch (format) {
                case JSON -> out.print("{\n  \"framework\": {\"id\": " + ReportJson.quote(framework.id())
                        + ", \"version\": " + ReportJson.quote(framework.version()) + ", \"hash\": "
                        + ReportJson.quote(compiled.contentHash()) + "},\n  \"asOf\": \"" + date + "\",\n"
                        + "  \"results\": [");
                case CSV -> out.println(programme == null ? "person,programme,status,entry"
                        : "person,programme,verdict,missing");
                case TABLE -> out.println("Framework " + framework.id() + " " + framework.version() + " (sha-256 "
                        + compiled.contentHash().substring(0, 12) + "…), as of " + date);
            }
        }

        void person(Person person) {
            if (programme == null) {
                progression(compiled.progression(person, date));
            } else {
                Evaluation evaluation = compiled.evaluateEntry(person, programme, date, explain);
                Gap gapResult = gap ? compiled.gap(person, programme, date) : null;
                verdict(evaluation, gapResult);
            }
        }

        private void progression(Progression progression) {
            switch (format) {
                case TABLE -> {
                    out.println();
                    out.println(progression.personId() + (progression.next().isEmpty() ? ""
                            : "  next: " + String.join(", ", progression.next())));
                    for (Progression.Rung rung : progression.programmes()) {
                        out.printf(Locale.ROOT, "  %-18s %s%n", rung.status().label(), rung.title());
                    }
                }
                case CSV -> progression.programmes().forEach(rung -> out.println(csv(progression.personId()) + ","
                        + csv(rung.programmeId()) + "," + rung.status().label() + "," + rung.entry().label()));
                case JSON -> {
                    StringBuilder json = new StringBuilder(first ? "\n    " : ",\n    ");
                    json.append("{\"person\": ").append(ReportJson.quote(progression.personId()))
                            .append(", \"next\": ").append(strings(progression.next())).append(", \"programmes\": [");
                    for (int i = 0; i < progression.programmes().size(); i++) {
                        Progression.Rung rung = progression.programmes().get(i);
                        json.append(i == 0 ? "" : ", ").append("{\"programme\": ")
                                .append(ReportJson.quote(rung.programmeId())).append(", \"status\": \"")
                                .append(rung.status().label()).append("\", \"entry\": \"").append(rung.entry().label())
                                .append("\"}");
                    }
                    out.print(json.append("]}"));
                }
            }
            first = false;
        }

        private void verdict(Evaluation evaluation, Gap gapResult) {
            switch (format) {
                case TABLE -> {
                    out.println();
                    out.println(evaluation.personId() + "  " + evaluation.verdict().label()
                            + (evaluation.missing().isEmpty() ? "" : "  missing: "
                            + String.join("; ", evaluation.missing())));
                    evaluation.explanation().ifPresent(explanation -> explanation.render().lines()
                            .forEach(line -> out.println("    " + line)));
                    if (gapResult != null) {
                        gapResult.changes().ifPresentOrElse(changes -> {
                            if (!changes.isEmpty()) {
                                out.println("  to close the gap, smallest change first:");
                                changes.forEach(change -> out.println("    - " + change.sentence()));
                            }
                        }, () -> out.println("  no development can meet this entry rule"));
                    }
                }
                case CSV -> out.println(csv(evaluation.personId()) + "," + csv(programme) + ","
                        + evaluation.verdict().label() + "," + csv(String.join("; ", evaluation.missing())));
                case JSON -> {
                    StringBuilder json = new StringBuilder(first ? "\n    " : ",\n    ");
                    json.append("{\"person\": ").append(ReportJson.quote(evaluation.personId()))
                            .append(", \"programme\": ").append(ReportJson.quote(programme))
                            .append(", \"verdict\": \"").append(evaluation.verdict().label()).append('"')
                            .append(", \"missing\": ").append(strings(evaluation.missing()));
                    evaluation.explanation().ifPresent(explanation -> json.append(", \"explanation\": ")
                            .append(explanationJson(explanation)));
                    if (gapResult != null) {
                        json.append(", \"gap\": ").append(gapResult.changes().map(changes -> {
                            List<String> items = new ArrayList<>();
                            changes.forEach(change -> items.add("{\"kind\": \"" + change.kind().label()
                                    + "\", \"target\": " + ReportJson.quote(change.target()) + ", \"from\": "
                                    + ReportJson.quote(change.from()) + ", \"to\": " + ReportJson.quote(change.to())
                                    + ", \"count\": " + change.count() + ", \"sentence\": "
                                    + ReportJson.quote(change.sentence()) + "}"));
                            return "{\"reachable\": true, \"changes\": [" + String.join(", ", items) + "]}";
                        }).orElse("{\"reachable\": false, \"changes\": []}"));
                    }
                    out.print(json.append('}'));
                }
            }
            first = false;
        }

        void finish() {
            if (format == Format.JSON) {
                out.print(first ? "]\n}\n" : "\n  ]\n}\n");
            }
            out.flush();
        }
    }

    private static String explanationJson(Explanation explanation) {
        StringBuilder json = new StringBuilder("{\"verdict\": \"").append(explanation.verdict().label())
                .append("\", \"pointer\": ").append(ReportJson.quote(explanation.pointer()))
                .append(", \"rule\": ").append(ReportJson.quote(explanation.rule()))
                .append(", \"sentence\": ").append(ReportJson.quote(explanation.sentence()))
                .append(", \"missing\": ").append(strings(explanation.missing()))
                .append(", \"children\": [");
        for (int i = 0; i < explanation.children().size(); i++) {
            json.append(i == 0 ? "" : ", ").append(explanationJson(explanation.children().get(i)));
        }
        return json.append("]}").toString();
    }

    private static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(value -> quoted.add(ReportJson.quote(value)));
        return "[" + String.join(", ", quoted) + "]";
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Counts people on standard error once a cohort takes more than a second. */
    private static final class Progress {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long lastShown = start;
        private long count;
        private boolean shown;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void tick() {
            count++;
            if ((count & 255) != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - start > 1_000_000_000L && now - lastShown > 1_000_000_000L) {
                err.printf(Locale.ROOT, "cadre: evaluated %,d people…%n", count);
                err.flush();
                lastShown = now;
                shown = true;
            }
        }

        void done() {
            if (shown) {
                err.printf(Locale.ROOT, "cadre: evaluated %,d people in %.1f s%n", count,
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
