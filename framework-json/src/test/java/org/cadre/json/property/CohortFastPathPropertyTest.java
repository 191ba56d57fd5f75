package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadre.json.CohortPaths;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.Limits;
import org.cadre.json.internal.PersonLineFastPath;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.testing.Generator;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The cohort's fast path ({@link PersonLineFastPath}) is an accept filter: whenever it accepts a line, the full
 * path (parse, schema, dates, binding) finds no error in it and binds an equal person, and a stream with the
 * fast path gives exactly the report and the people a stream without it gives — against a framework too, so
 * the checker's warnings and errors are the same. Checked over generated valid lines and over the hostile
 * JSON Lines documents; the counts show the fast path does accept the valid lines it should.
 */
class CohortFastPathPropertyTest {

    private static final PersonLineFastPath FAST = new PersonLineFastPath(Limits.defaults());
    private static final DocumentLoader WITH_FAST_PATH = DocumentLoader.create();
    private static final DocumentLoader FULL_PATH = CohortPaths.fullPathOnly(Limits.defaults());
    private static final DocumentWriter WRITER = DocumentWriter.create();
    private static final Framework FRAMEWORK = DocumentLoader.create()
            .loadFramework(Path.of("../examples/frameworks/nhs-hlm.json")).orThrow();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void aValidLineTheFastPathAcceptsIsOneTheFullPathAcceptsAsAnEqualPerson() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        Property.forAll("fast path accepts → full path agrees, on generated valid lines", People.persons(), 300,
                person -> {
                    String line = line(person);
                    tried.incrementAndGet();
                    if (checkLine(line)) {
                        accepted.incrementAndGet();
                        assertThat(FAST.read(line)).contains(person);
                    }
                });
        System.out.printf("fast path: accepted %d of %d generated valid lines%n", accepted.get(), tried.get());
        // The generator writes numbers like 1E+3, texts with any character and x- fields holding objects, which
        // the fast path leaves to the full path; the rest it must take.
        assertThat(accepted.get()).as("valid lines the fast path accepted, of %d", tried.get())
                .isGreaterThan(tried.get() / 5);
    }

    @Test
    void onHostileJsonLinesTheFastPathAcceptsOnlyWhatTheFullPathAcceptsAndTheStreamsAgree() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        Generator<Hostile.Document> documents = Hostile.documents(Hostile.Kind.JSON_LINES);
        Property.forAll("fast path accepts → full path agrees, on hostile JSON Lines", documents, 400, document -> {
            tried.incrementAndGet();
            for (String line : utf8Lines(document.bytes())) {
                if (!line.isBlank() && checkLine(line)) {
                    accepted.incrementAndGet();
                }
            }
            assertThat(CohortPaths.stream(WITH_FAST_PATH, document.bytes(), null, null))
                    .isEqualTo(CohortPaths.stream(FULL_PATH, document.bytes(), null, null));
            assertThat(CohortPaths.stream(WITH_FAST_PATH, document.bytes(), FRAMEWORK, AS_OF))
                    .isEqualTo(CohortPaths.stream(FULL_PATH, document.bytes(), FRAMEWORK, AS_OF));
        });
        System.out.printf("fast path: accepted %d lines of %d hostile JSON Lines documents%n", accepted.get(),
                tried.get());
        assertThat(accepted.get()).as("hostile lines the fast path accepted (unmutated lines among them)")
                .isPositive();
    }

    /**
     * Checks one line; true if the fast path accepted it. When it does, the full path finds no error and
     * binds the same person, and streams with and without the fast path agree (also against a framework).
     */
    private static boolean checkLine(String line) {
        Optional<Person> fast = FAST.read(line);
        if (fast.isPresent()) {
            CohortPaths.Streamed full = CohortPaths.stream(FULL_PATH, line, null, null);
            assertThat(full.report().errors()).as("errors of the full path on a line the fast path accepted:%n%s",
                    line).isEmpty();
            assertThat(full.people()).containsExactly(fast.get());
        }
        assertThat(CohortPaths.stream(WITH_FAST_PATH, line, null, null))
                .isEqualTo(CohortPaths.stream(FULL_PATH, line, null, null));
        assertThat(CohortPaths.stream(WITH_FAST_PATH, line, FRAMEWORK, AS_OF))
                .isEqualTo(CohortPaths.stream(FULL_PATH, line, FRAMEWORK, AS_OF));
        return fast.isPresent();
    }

    private static String line(Person person) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.writeLines(List.of(person), out);
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    /** The lines of a document that are strict UTF-8 (the others never reach either path). */
    private static List<String> utf8Lines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    lines.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
                } catch (CharacterCodingException notUtf8) {
                    // left to the stream comparison
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
