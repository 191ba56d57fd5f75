package org.cadre.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.cadre.json.DocumentKind;
import org.cadre.json.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cadre schema KIND}: prints the published JSON Schema of a document kind. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of a document kind.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "The document kind: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Kinds.class)
    private String kind;

    /** The kind names, for the help text. */
    static final class Kinds extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Kinds() {
            super(Arrays.stream(DocumentKind.values()).map(DocumentKind::jsonName).toList());
        }
    }

    @Override
    public Integer call() {
        var found = DocumentKind.fromJsonName(kind);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("cadre: unknown document kind [" + kind + "]; known kinds: "
                    + new Kinds());
            return Main.USAGE_OR_IO;
        }
        spec.commandLine().getOut().print(Schemas.text(found.get()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
