package org.cadre.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.Report;

/**
 * For tests in other packages: streams a JSON Lines cohort through the loader with the fast path for valid
 * lines, or through the full path alone, and keeps what the sink saw.
 */
public final class CohortPaths {

    private CohortPaths() {
    }

    /** What one stream gave: the people in the order the sink saw them, and the report. */
    public record Streamed(List<Person> people, Report report) {
    }

    /** A loader that never takes the fast path. */
    public static DocumentLoader fullPathOnly(Limits limits) {
        return DocumentLoader.fullPathOnly(limits);
    }

    /** Streams {@code bytes} through {@code loader}, with a framework and as-of date when both are given. */
    public static Streamed stream(DocumentLoader loader, byte[] bytes, Framework framework, LocalDate asOf) {
        List<Person> people = new ArrayList<>();
        Report report = framework == null
                ? loader.streamCohort(new ByteArrayInputStream(bytes), "people.jsonl", people::add)
                : loader.streamCohort(new ByteArrayInputStream(bytes), "people.jsonl", framework, asOf, people::add);
        return new Streamed(List.copyOf(people), report);
    }

    /** Streams one line of text. */
    public static Streamed stream(DocumentLoader loader, String line, Framework framework, LocalDate asOf) {
        return stream(loader, (line + "\n").getBytes(StandardCharsets.UTF_8), framework, asOf);
    }
}
