package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.CadreException;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A JSON Lines cohort read on several threads keeps every contract of the single-threaded stream: the sink is
 * called in the order of the lines, on the calling thread, one call at a time; the report is the same, issue
 * for issue (broken lines, repeated ids, limits, the cap on issues); a sink or stream that throws stops the
 * stream; and no worker thread is left running when the call returns, normally or not. Isolated, so that no
 * other test's stream has threads of its own while this one counts them.
 */
@Isolated
class CohortThreadsTest {

    private static final Framework FRAMEWORK = DocumentLoader.create()
            .loadFramework(Path.of("../examples/frameworks/nhs-hlm.json")).orThrow();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String RATED = "\"ratings\":[{\"competency\":\"hlm.leading-with-care\",\"level\":"
            + "\"proficient\",\"source\":\"manager\",\"date\":\"2026-05-01\"}]";

    /** What one stream gave: each sink call in order, the report, and whether the sink was misused. */
    private record Calls(List<Person> people, Report report, boolean otherThread, boolean overlapping) {
    }

    /**
     * About 2,000 lines: good people, people repeated, people the framework refuses (an unknown competency, a
     * rating after the as-of date), lines against the schema, not JSON, not UTF-8, over the size limit, and
     * blank lines.
     */
    private static byte[] mixedCohort() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 2_000; i++) {
            String line = switch (i % 13) {
                case 1 -> "{\"id\":\"p" + (i - 1) + "\"}";
                case 2 -> "{\"id\":\"p" + i + "\",\"ratings\":[{\"competency\":\"no.such\",\"level\":\"proficient\","
                        + "\"source\":\"manager\",\"date\":\"2026-05-01\"}]}";
                case 3 -> "{\"id\":\"p" + i + "\",\"ratings\":[{\"competency\":\"hlm.leading-with-care\",\"level\":"
                        + "\"proficient\",\"source\":\"manager\",\"date\":\"2027-05-01\"}]}";
                case 4 -> "{\"id\":\"p" + i + "\",\"unknown\":1}";
                case 5 -> "{\"id\":";
                case 6 -> "";
                case 7 -> "{\"id\":\"p" + i + "\",\"x-pad\":\"" + "x".repeat(700) + "\"}";
                case 8 -> "{\"id\":\"p" + i + "\",\"facts\":{\"big\":1E+400}}";
                default -> "{\"id\":\"p" + i + "\"," + RATED + "}";
            };
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (i % 97 == 0) {
                out.writeBytes(new byte[] {'{', (byte) 0xC3, '}'});
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static Calls stream(Limits limits, byte[] bytes, Framework framework) {
        List<Person> people = new ArrayList<>();
        Thread caller = Thread.currentThread();
        AtomicInteger inSink = new AtomicInteger();
        boolean[] misuse = new boolean[2];
        DocumentLoader loader = DocumentLoader.create(limits);
        InputStream in = new ByteArrayInputStream(bytes);
        java.util.function.Consumer<Person> sink = person -> {
            misuse[0] |= Thread.currentThread() != caller;
            misuse[1] |= inSink.incrementAndGet() != 1;
            people.add(person);
            inSink.decrementAndGet();
        };
        Report report = framework == null ? loader.streamCohort(in, "people.jsonl", sink)
                : loader.streamCohort(in, "people.jsonl", framework, AS_OF, sink);
        return new Calls(people, report, misuse[0], misuse[1]);
    }

    @Test
    void oneAndFourThreadsGiveTheSameSinkCallsAndTheSameReport() {
        byte[] bytes = mixedCohort();
        Limits limits = Limits.defaults().withMaxDocumentBytes(600);
        for (Framework framework : new Framework[] {null, FRAMEWORK}) {
            Calls one = stream(limits.withCohortThreads(1), bytes, framework);
            Calls four = stream(limits.withCohortThreads(4), bytes, framework);
            assertThat(four.people()).containsExactlyElementsOf(one.people());
            assertThat(four.report()).isEqualTo(one.report());
            assertThat(four.otherThread()).as("sink called on another thread").isFalse();
            assertThat(four.overlapping()).as("sink called by two threads at once").isFalse();
            assertThat(one.people()).hasSizeGreaterThan(500);
            assertThat(one.report().issues()).extracting(Issue::code).contains(Codes.PERSON_DUPLICATE_ID,
                    Codes.SCHEMA_UNKNOWN_FIELD, Codes.JSON_SYNTAX, Codes.INPUT_ENCODING, Codes.INPUT_TOO_LARGE,
                    Codes.COHORT_SKIPPED);
        }
        assertThat(stream(limits.withCohortThreads(4), bytes, FRAMEWORK).report().errors()).extracting(Issue::code)
                .contains(Codes.PERSON_COMPETENCY_UNKNOWN);
        assertThat(workerThreads()).isEmpty();
    }

    @Test
    void theCapOnIssuesAndTheDuplicateCheckSwitchGiveTheSameResultOnEveryNumberOfThreads() {
        byte[] bytes = mixedCohort();
        Limits limits = Limits.defaults().withMaxIssues(50).withCohortDuplicateCheck(false);
        Calls one = stream(limits.withCohortThreads(1), bytes, FRAMEWORK);
        for (int threads : new int[] {2, 3, 8}) {
            Calls many = stream(limits.withCohortThreads(threads), bytes, FRAMEWORK);
            assertThat(many.people()).containsExactlyElementsOf(one.people());
            assertThat(many.report()).isEqualTo(one.report());
        }
        assertThat(one.report().issues()).extracting(Issue::code).contains(Codes.REPORT_TRUNCATED)
                .doesNotContain(Codes.PERSON_DUPLICATE_ID);
    }

    @Test
    void aSinkThatThrowsStopsTheStreamAndLeavesNoWorkerThread() {
        byte[] bytes = mixedCohort();
        IllegalStateException stop = new IllegalStateException("the host gave up");
        AtomicInteger calls = new AtomicInteger();
        DocumentLoader loader = DocumentLoader.create(Limits.defaults().withCohortThreads(4));
        assertThatThrownBy(() -> loader.streamCohort(new ByteArrayInputStream(bytes), "people.jsonl", person -> {
            if (calls.incrementAndGet() == 100) {
                throw stop;
            }
        })).isSameAs(stop);
        assertThat(calls.get()).isEqualTo(100);
        assertThat(workerThreads()).isEmpty();
    }

    @Test
    void anInputErrorHandsOnThePeopleReadBeforeItAsOnOneThreadAndLeavesNoWorkerThread() {
        byte[] bytes = mixedCohort();
        List<List<String>> seen = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            List<String> ids = new ArrayList<>();
            InputStream failing = new InputStream() {
                private final InputStream in = new ByteArrayInputStream(bytes, 0, bytes.length / 2);

                @Override
                public int read() throws IOException {
                    int next = in.read();
                    if (next < 0) {
                        throw new IOException("the disk went away");
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = in.read(buffer, offset, Math.min(length, 1000));
                    if (read < 0) {
                        throw new IOException("the disk went away");
                    }
                    return read;
                }
            };
            DocumentLoader loader = DocumentLoader.create(Limits.defaults().withCohortThreads(threads));
            assertThatThrownBy(() -> loader.streamCohort(failing, "people.jsonl", person -> ids.add(person.id())))
                    .isInstanceOf(CadreException.class).hasMessageContaining("the disk went away");
            seen.add(ids);
        }
        assertThat(seen.get(1)).isNotEmpty().containsExactlyElementsOf(seen.get(0));
        assertThat(workerThreads()).isEmpty();
    }

    @Test
    void theNumberOfThreadsIsALimitWithTheMachinesProcessorsAsDefault() {
        assertThat(Limits.defaults().cohortThreads())
                .isEqualTo(Math.min(Limits.MAX_COHORT_THREADS, Runtime.getRuntime().availableProcessors()));
        Limits one = Limits.defaults().withCohortThreads(1);
        assertThat(one.cohortThreads()).isEqualTo(1);
        assertThat(one.withCohortThreads(1)).isSameAs(one);
        assertThat(one).isNotEqualTo(Limits.defaults().withCohortThreads(3)).hasToString(one.toString());
        assertThat(one.toString()).contains("cohortThreads=1");
        for (int bad : new int[] {0, -1, Limits.MAX_COHORT_THREADS + 1}) {
            assertThatThrownBy(() -> Limits.defaults().withCohortThreads(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cohortThreads");
        }
    }

    private static List<String> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("cadre-cohort-")).toList();
    }
}
