package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.report.CadreException;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/**
 * What the commands share: checking that files can be read, reading the framework, printing reports, checking
 * files one by one.
 */
final class Inputs {

    private Inputs() {
    }

    /** A document read for a command, or the exit status that says why there is none. */
    record Loaded<T>(Optional<T> value, int status) {

        static <T> Loaded<T> failed(int status) {
            return new Loaded<>(Optional.empty(), status);
        }
    }

    /**
     * Reads and checks the framework a command works with, printing its issues (warnings too) to {@code err};
     * when it cannot be read (status 2) or is invalid (status 1, after "the framework is invalid; " and the
     * consequence, such as "nothing was evaluated"), there is no framework.
     */
    static Loaded<Framework> framework(DocumentLoader loader, Path file, PrintWriter err, String consequence) {
        if (!readable(file, err)) {
            return Loaded.failed(Main.USAGE_OR_IO);
        }
        LoadResult<Framework> loaded;
        try {
            loaded = loader.loadFramework(file);
        } catch (CadreException e) {
            err.println("cadre: " + e.getMessage());
            return Loaded.failed(Main.USAGE_OR_IO);
        }
        printIssues(loaded.report(), err);
        if (!loaded.isValid()) {
            err.println("cadre: the framework is invalid; " + consequence);
            err.flush();
            return Loaded.failed(Main.INVALID);
        }
        return new Loaded<>(loaded.value(), Main.OK);
    }

    /** Whether the file is a regular file; if not, says why on standard error. */
    static boolean readable(Path file, PrintWriter err) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        err.println("cadre: cannot read " + file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        return false;
    }

    /** One line per issue: {@code file:line:column: severity [code] message (at pointer)}. */
    static void printIssues(Report report, PrintWriter out) {
        for (Issue issue : report.issues()) {
            out.println(report.source() + ":" + issue.line() + ":" + issue.column() + ": " + issue.severity().label()
                    + " [" + issue.code() + "] " + issue.message() + (issue.pointer().isEmpty() ? ""
                    : " (at " + issue.pointer() + ")"));
        }
    }

    /**
     * Checks each file, prints the reports (text or JSON) and returns the exit status: 2 if a file could not
     * be read, 1 if a report holds an error, 0 otherwise.
     *
     * @param reports reports found before the files (such as an invalid people file); added to
     */
    static int checkFiles(List<Path> files, Function<Path, Report> check, OutputFormat format, List<Report> reports,
                          PrintWriter out, PrintWriter err) {
        boolean unreadable = false;
        for (Path file : files) {
            if (!readable(file, err)) {
                unreadable = true;
                continue;
            }
            try {
                reports.add(check.apply(file));
            } catch (CadreException e) {
                err.println("cadre: " + e.getMessage());
                unreadable = true;
            }
        }
        boolean valid = reports.stream().allMatch(Report::isValid);
        if (format == OutputFormat.JSON) {
            out.print(ReportJson.render(reports, valid && !unreadable));
        } else {
            reports.forEach(report -> ValidateCommand.printText(report, out));
        }
        out.flush();
        err.flush();
        if (unreadable) {
            return Main.USAGE_OR_IO;
        }
        return valid ? Main.OK : Main.INVALID;
    }
}
