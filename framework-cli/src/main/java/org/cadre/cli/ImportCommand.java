package org.cadre.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cadre.json.DocumentWriter;
import org.cadre.json.interop.CaseImport;
import org.cadre.json.interop.ImportResult;
import org.cadre.json.interop.MoodleCsv;
import org.cadre.report.CadreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadre import FORMAT FILE}: reads a CASE package or a Moodle competency CSV and prints the framework
 * document; problems and warnings go to standard error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a framework in another format and print it as a Cadre framework document.",
                "Formats: case (a 1EdTech CASE 1.0 CFPackage, JSON), moodle-csv (Moodle's competency framework"
                        + " CSV).",
                "Exit status: 0 imported (warnings allowed), 1 the file has errors, 2 usage or I/O error."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "case or moodle-csv")
    private String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ExportCommand.FORMATS.contains(format)) {
            err.println("cadre: unknown format [" + format + "]; known formats: " + ExportCommand.FORMATS);
            return Main.USAGE_OR_IO;
        }
        if (!Inputs.readable(file, err)) {
            return Main.USAGE_OR_IO;
        }
        ImportResult result;
        try {
            result = format.equals("case") ? CaseImport.create().read(file) : MoodleCsv.create().read(file);
        } catch (CadreException e) {
            err.println("cadre: " + e.getMessage());
            return Main.USAGE_OR_IO;
        }
        Inputs.printIssues(result.report(), err);
        if (!result.isValid()) {
            err.println("cadre: " + file + " was not imported: " + result.report().errors().size()
                    + (result.report().errors().size() == 1 ? " error" : " errors"));
            return Main.INVALID;
        }
        out.print(DocumentWriter.create().write(result.orThrow()));
        out.flush();
        return Main.OK;
    }
}
