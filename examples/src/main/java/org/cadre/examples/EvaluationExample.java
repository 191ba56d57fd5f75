package org.cadre.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Progression;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.person.Person;

/**
 * The README's evaluation example, runnable from the repository root (or with the examples folder as the
 * first argument): judges the shipped people against the NHS ladder's Nye Bevan programme.
 */
public final class EvaluationExample {

    private EvaluationExample() {
    }

    /**
     * Judges the shipped people.
     *
     * @param args an optional path to the examples folder (default {@code examples})
     */
    public static void main(String[] args) {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        DocumentLoader loader = DocumentLoader.create();
        // --- README snippet start
        Framework hlm = loader.loadFramework(examples.resolve("frameworks/nhs-hlm.json")).orThrow();
        CompiledFramework ladder = CompiledFramework.compile(hlm);       // immutable, thread-safe: share it
        LocalDate asOf = LocalDate.of(2026, 11, 1);
        for (Person person : loader.loadCohort(examples.resolve("people/nhs-people.json"), hlm, asOf).orThrow()) {
            Evaluation entry = ladder.evaluateEntry(person, "nhs.nye-bevan", asOf, true);  // true: explain
            Progression progression = ladder.progression(person, asOf);                   // every rung
            Gap gap = ladder.gap(person, "nhs.nye-bevan", asOf);                          // what is missing
            System.out.println(person.id() + " " + entry.verdict() + " missing " + entry.missing()
                    + ", next " + progression.next() + ", changes " + gap.changes().map(List::size).orElse(-1));
        }
        // --- README snippet end
    }
}
