package org.cadre.examples;

import java.nio.file.Path;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.report.Issue;

/**
 * The embedding example of the README, runnable: loads a framework file, prints every problem, and walks
 * the competency tree. Run it with a path to a framework document.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Loads the framework named by the first argument (default: the shipped Healthcare Leadership Model).
     *
     * @param args an optional path to a framework document
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/frameworks/nhs-hlm.json");
        // --- README snippet start
        DocumentLoader loader = DocumentLoader.create(); // immutable and thread-safe: share one
        LoadResult<Framework> result = loader.loadFramework(file);
        for (Issue issue : result.report().issues()) {
            System.err.println(issue); // code, pointer, line:column and a message for the file's author
        }
        if (result.isValid()) {
            Framework framework = result.orThrow();
            for (Competency dimension : framework.children("hlm")) {
                System.out.println(dimension.title() + " is rated on "
                        + framework.effectiveScale(dimension.id()).orElseThrow().id());
            }
        }
        // --- README snippet end
    }
}
