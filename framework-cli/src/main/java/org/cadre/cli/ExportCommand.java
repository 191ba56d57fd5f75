package org.cadre.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.cadre.json.DocumentLoader;
import org.cadre.json.interop.CaseExport;
import org.cadre.json.interop.ExportResult;
import org.cadre.json.interop.MoodleCsv;
import org.cadre.model.Framework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadre export FORMAT FRAMEWORK}: prints a framework as a CASE package or a Moodle competency CSV;
 * what the format cannot carry is listed on standard error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print a framework in another format.",
                "Formats: case (a 1EdTech CASE 1.0 CFPackage; needs --base-uri), moodle-csv (Moodle's competency"
                        + " framework CSV).",
                "Exit status: 0 exported (warnings about what the format cannot carry allowed), 1 the framework is"
                        + " invalid, 2 usage or I/O error."})
final class ExportCommand implements Callable<Integer> {

    /** The formats of import and export. */
    static final List<String> FORMATS = List.of("case", "moodle-csv");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "case or moodle-csv")
    private String format;

    @Parameters(index = "1", paramLabel = "FRAMEWORK", description = "The framework document to export.")
    private Path file;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "For case: the absolute URI the package's URIs start with, such as"
                    + " https://example.org/case.")
    private String baseUri;

    @Option(names = "--last-change", paramLabel = "DATE-TIME",
            description = "For case: the lastChangeDateTime to write, such as 2026-11-01T09:00:00Z (default: now).")
    private OffsetDateTime lastChange;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!FORMATS.contains(format)) {
            err.println("cadre: unknown format [" + format + "]; known formats: " + FORMATS);
            return Main.USAGE_OR_IO;
        }
        CaseExport caseExport = null;
        if (format.equals("case")) {
            if (baseUri == null) {
                err.println("cadre: export case needs --base-uri URI (such as https://example.org/case): CASE"
                        + " identifies every document, item and association by a URI");
                return Main.USAGE_OR_IO;
            }
            try {
                caseExport = CaseExport.create(new URI(baseUri));
            } catch (URISyntaxException | IllegalArgumentException e) {
                err.println("cadre: --base-uri [" + baseUri + "] is not an absolute URI: " + e.getMessage());
                return Main.USAGE_OR_IO;
            }
            if (lastChange != null) {
                caseExport = caseExport.withLastChange(lastChange);
            }
        }
        Inputs.Loaded<Framework> loaded = Inputs.framework(DocumentLoader.create(), file, err, "nothing exported");
        if (loaded.value().isEmpty()) {
            return loaded.status();
        }
        Framework framework = loaded.value().get();
        ExportResult exported = caseExport != null ? caseExport.write(framework) : MoodleCsv.create().write(framework);
        out.print(exported.text());
        out.flush();
        for (var issue : exported.report().issues()) {
            err.println(file + ": " + issue.severity().label() + " [" + issue.code() + "] " + issue.message());
        }
        return Main.OK;
    }
}
