package org.cadre.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/**
 * Reads the people a command works on: a JSON Lines cohort ({@code .jsonl}, {@code .ndjson}) as a stream,
 * or a person or cohort document. Each record is checked against the framework; the valid ones go to the
 * sink, the invalid ones are reported (with their lines and columns) and skipped.
 */
final class PeopleInput {

    private static final Pattern PERSON_POINTER = Pattern.compile("^/people/(\\d+)(/.*)?$");

    private PeopleInput() {
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * Sends every valid person of the file to the sink, in file order, and returns the report of the file.
     *
     * @param latest the last day a record may hold anything (dates after it are errors)
     */
    static Report read(DocumentLoader loader, Path file, Framework framework, LocalDate latest,
                       Consumer<Person> sink) {
        if (isJsonLines(file)) {
            return loader.streamCohort(file, framework, latest, sink);
        }
        LoadResult<List<Person>> cohort = loader.loadCohort(file, framework, latest);
        if (cohort.report().has(Codes.DOCUMENT_KIND)) {
            LoadResult<Person> person = loader.loadPerson(file, framework, latest);
            if (!person.report().has(Codes.DOCUMENT_KIND)) {
                person.value().ifPresent(sink);
                return person.report();
            }
            return cohort.report();
        }
        if (cohort.isValid()) {
            cohort.orThrow().forEach(sink);
            return cohort.report();
        }
        // Some people are invalid: judge the others, if the document itself could be read.
        LoadResult<List<Person>> structure = loader.loadCohort(file);
        if (structure.isValid()) {
            Set<Integer> broken = new HashSet<>();
            for (Issue issue : cohort.report().errors()) {
                Matcher matcher = PERSON_POINTER.matcher(issue.pointer());
                if (matcher.matches()) {
                    broken.add(Integer.parseInt(matcher.group(1)));
                }
            }
            List<Person> people = structure.orThrow();
            List<Issue> issues = new ArrayList<>(cohort.report().issues());
            int skipped = 0;
            for (int i = 0; i < people.size(); i++) {
                if (broken.contains(i)) {
                    skipped++;
                } else {
                    sink.accept(people.get(i));
                }
            }
            issues.add(Issue.warning(Codes.COHORT_SKIPPED, "", skipped + " of " + people.size()
                    + " people were skipped because their records are invalid"));
            return Report.of(cohort.report().source(), issues);
        }
        return cohort.report();
    }
}
