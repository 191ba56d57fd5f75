package org.cadre.json.hardening;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Evaluation;
import org.cadre.evaluation.Explanation;
import org.cadre.evaluation.Gap;
import org.cadre.evaluation.Progression;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.report.Report;

/**
 * What {@link PrivacyTest} runs in a child JVM with every logger at TRACE: load the shipped framework and
 * cohort and a few more records that hold personal data (evidence references, free text, string facts),
 * evaluate everyone on every programme (progression, entry verdict with and without explanation, gap), and
 * load and validate records that are invalid in several ways. Its standard output says what it did, so that
 * the test can check the scenario really ran; logging goes to the SLF4J log file and standard error.
 */
final class PrivacyScenario {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** A valid person document with personal data in every place a record can hold it. */
    static final String PERSON = """
            {
              "kind": "person",
              "formatVersion": "1.0",
              "id": "privacy-p101",
              "ratings": [
                {"competency": "hlm.inspiring-shared-purpose", "level": "exemplary", "source": "manager",
                 "rater": "m-77", "date": "2026-04-01"},
                {"competency": "hlm.leading-with-care", "level": "strong", "source": "manager", "rater": "m-77",
                 "date": "2026-04-01"},
                {"competency": "hlm.engaging-the-team", "level": "proficient", "source": "manager", "rater": "m-77",
                 "date": "2026-04-01"}
              ],
              "evidence": [
                {"competency": "hlm.leading-with-care", "kind": "reflective-log", "source": "self",
                 "date": "2026-03-02", "reference": "https://portfolio.example.org/records/7731-reflective-log"},
                {"competency": "hlm.engaging-the-team", "kind": "360-feedback", "date": "2026-02-14",
                 "reference": "hr-drive:/cases/case-4471-grievance.pdf"}
              ],
              "programmes": [
                {"programme": "nhs.edward-jenner", "state": "completed", "end": "2024-06-30"},
                {"programme": "nhs.mary-seacole", "state": "enrolled", "start": "2026-09-01"}
              ],
              "facts": {"monthsInRole": 11, "monthsLeadingTeams": 30, "band": "8c", "role": "service-manager",
                        "degree": "doctorate", "ethnicGroup": "black-caribbean-self-declared"},
              "x-about": "Back in March after long-term sick leave; occupational health advises a phased return.",
              "x-hr": {"note": "Subject of an open capability review", "caseOwner": "Harriet Quimby-Oduya"}
            }
            """;

    /** A JSON Lines cohort: one valid person, one who fails the framework's checks, one broken line. */
    static final String JSON_LINES = String.join("\n",
            "{\"id\": \"privacy-p201\", \"ratings\": [{\"competency\": \"hlm.sharing-the-vision\","
                    + " \"level\": \"strong\", \"source\": \"assessor\", \"date\": \"2026-01-20\"}],"
                    + " \"evidence\": [{\"competency\": \"hlm.sharing-the-vision\", \"kind\": \"project\","
                    + " \"date\": \"2026-01-05\","
                    + " \"reference\": \"sharepoint://trust/people/p201/appraisal-2026\"}],"
                    + " \"facts\": {\"band\": \"8d\", \"role\": \"director\", \"degree\": \"master\"},"
                    + " \"x-about\": \"Disclosed a disability at interview; reasonable adjustments agreed.\"}",
            "{\"id\": \"privacy-p202\", \"ratings\": [{\"competency\": \"hlm.sharing-the-vision\", \"level\":"
                    + " \"superlative-tier\", \"source\": \"assessor\", \"date\": \"2026-01-20\"}], \"facts\":"
                    + " {\"band\": \"band-eleven-secret\", \"degree\": \"honorary-fellowship\"}, \"x-about\":"
                    + " \"Under investigation for a safeguarding concern.\"}",
            "{\"id\": \"privacy-p203\", \"facts\": {\"role\": \"interim-chief-nurse-secret\"}, \"x-about\":"
                    + " \"Truncated line about a disciplinary hearing",
            "");

    /** Person documents that are invalid: against the schema, against the framework, or not JSON at all. */
    static final List<String> INVALID_PEOPLE = List.of(
            """
            {"kind": "person", "formatVersion": "1.0", "id": "privacy-p301",
             "ratings": [{"competency": "hlm.leading-with-care", "level": "outstanding-plus", "source": "manager",
                          "date": "2026-05-01"}],
             "facts": {"band": "band-twelve-secret", "role": "deputy-chief-secret", "degree": "mba-secret"},
             "x-about": "Going through a divorce; asked for flexible hours."}
            """,
            """
            {"kind": "person", "formatVersion": "1.0", "id": "privacy-p302",
             "ratings": [{"competency": "hlm.unknown-dimension", "level": "strong", "source": "manager",
                          "date": "2027-05-01"}],
             "evidence": [{"competency": "hlm.leading-with-care", "kind": "project", "date": "2030-01-01",
                           "reference": "https://portfolio.example.org/records/9912-complaint"}],
             "facts": {"band": 7, "monthsInRole": "eleven-months-secret"},
             "x-about": "On a final written warning."}
            """,
            """
            {"kind": "person", "formatVersion": "1.0", "id": "privacy-p303",
             "ratings": [{"competency": "hlm.leading-with-care", "level": 4, "source": "boss", "date": "yesterday"}],
             "evidence": [{"competency": "hlm.leading-with-care", "kind": "Project Notes", "date": "2026-01-01",
                           "reference": ""}],
             "nickname": "Dr Amelia Okonkwo-Smythe",
             "x-about": "Pregnant; due in January."}
            """,
            """
            {"kind": "cohort", "formatVersion": "1.0", "people": [
              {"id": "privacy-p401", "facts": {"band": "5"}, "x-about": "Recovering from surgery."},
              {"id": "privacy-p401", "facts": {"role": "staff"},
               "evidence": [{"competency": "hlm", "kind": "project", "date": "2026-01-01",
                             "reference": "hr-drive:/cases/case-5521-tribunal.pdf"}]}
            ]}
            """,
            "{\"kind\": \"person\", \"formatVersion\": \"1.0\", \"id\": \"privacy-p501\", \"x-about\": \"Whistleblower"
                    + " under protection\", \"facts\": {\"band\": \"vsm\"");

    /** Personal data in the invalid documents that a JSON reader cannot find (the text is not JSON). */
    static final List<String> UNPARSEABLE_SECRETS = List.of("interim-chief-nurse-secret",
            "Truncated line about a disciplinary hearing", "Whistleblower under protection");

    private PrivacyScenario() {
    }

    /**
     * Runs the scenario.
     *
     * @param args the framework file and the cohort file
     */
    public static void main(String[] args) {
        DocumentLoader loader = DocumentLoader.create();
        Framework framework = loader.loadFramework(Path.of(args[0])).orThrow();
        CompiledFramework compiled = CompiledFramework.compile(framework);

        List<Person> people = new ArrayList<>(loader.loadCohort(Path.of(args[1]), framework, AS_OF).orThrow());
        people.add(loader.loadPerson(PERSON, "person.json", framework, AS_OF).orThrow());
        Report streamed = loader.streamCohort(new ByteArrayInputStream(JSON_LINES.getBytes(StandardCharsets.UTF_8)),
                "cohort.jsonl", framework, AS_OF, people::add);

        int evaluations = 0;
        int gaps = 0;
        int renderedLines = 0;
        for (Person person : people) {
            Progression progression = compiled.progression(person, AS_OF);
            renderedLines += progression.programmes().size();
            for (Programme programme : framework.programmes()) {
                Evaluation quick = compiled.evaluateEntry(person, programme.id(), AS_OF, false);
                Evaluation explained = compiled.evaluateEntry(person, programme.id(), AS_OF, true);
                if (quick.verdict() != explained.verdict()) {
                    throw new AssertionError("verdicts differ for " + person.id() + " on " + programme.id());
                }
                renderedLines += explained.explanation().map(Explanation::render).orElse("").split("\n").length;
                evaluations += 2;
                Gap gap = compiled.gap(person, programme.id(), AS_OF);
                renderedLines += gap.requirements().size() + gap.changes().map(List::size).orElse(0);
                gaps++;
            }
        }

        int rejected = 0;
        for (int i = 0; i < INVALID_PEOPLE.size(); i++) {
            byte[] bytes = INVALID_PEOPLE.get(i).getBytes(StandardCharsets.UTF_8);
            String source = "invalid-" + i + ".json";
            Report validated = loader.validate(bytes, source);
            LoadResult<?> checked = INVALID_PEOPLE.get(i).contains("\"cohort\"")
                    ? loader.loadCohort(bytes, source, framework, AS_OF)
                    : loader.loadPerson(bytes, source, framework, AS_OF);
            if (!validated.isValid() || !checked.isValid()) {
                rejected++;
            }
        }

        System.out.printf(Locale.ROOT, "people evaluated: %d%n", people.size());
        System.out.printf(Locale.ROOT, "entry evaluations: %d%n", evaluations);
        System.out.printf(Locale.ROOT, "gaps: %d%n", gaps);
        System.out.printf(Locale.ROOT, "JSON Lines issues: %d%n", streamed.issues().size());
        System.out.printf(Locale.ROOT, "invalid documents rejected: %d of %d%n", rejected, INVALID_PEOPLE.size());
        System.out.printf(Locale.ROOT, "lines rendered: %d%n", renderedLines);
    }
}
