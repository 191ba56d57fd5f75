package org.cadre.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading documents with {@link DocumentLoader}, every stage included (size limit, UTF-8, the JSON parse
 * with duplicate-key detection, {@code kind} and {@code formatVersion}, JSON Schema, binding, Bean
 * Validation, semantic checks). Reports the <b>average time per document</b> in milliseconds:
 * <ul>
 *   <li>{@code framework} — the shipped NHS framework ({@code nhs-hlm.json}, about 31 KB), from bytes;</li>
 *   <li>{@code cohort} — a cohort document of the {@value SyntheticCohort#PEOPLE} people of
 *       {@link SyntheticCohort}, written beforehand with {@link DocumentWriter}, from bytes;</li>
 *   <li>{@code cohortAgainstFramework} — the same, also checking every record against the framework at
 *       the as-of date (competencies, levels, programmes, facts, dates);</li>
 *   <li>{@code cohortLines} — the same people as a JSON Lines cohort, streamed one line at a time.</li>
 * </ul>
 * Divide a cohort's time by {@value SyntheticCohort#PEOPLE} for the time per person. The loader's code
 * (Jackson, the schema validator, Hibernate Validator) is large and is compiled late: on a 2-core machine it
 * takes about ten one-second warm-up iterations to settle, and fewer overstate the times several-fold.
 *
 * <p>Run it (from the repository root):
 * <pre>
 * mvn -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar LoadBenchmark -f 1 -wi 10 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoadBenchmark {

    private DocumentLoader loader;
    private Framework framework;
    private byte[] frameworkBytes;
    private byte[] cohortBytes;
    private byte[] cohortLines;

    /** Writes the cohort as a document and as JSON Lines, and checks that every document loads cleanly. */
    @Setup(Level.Trial)
    public void setUp() {
        loader = DocumentLoader.create();
        frameworkBytes = SyntheticCohort.frameworkBytes();
        framework = loader.loadFramework(frameworkBytes, "nhs-hlm.json").orThrow();
        List<Person> people = SyntheticCohort.people(framework);
        DocumentWriter writer = DocumentWriter.create();
        cohortBytes = writer.write(people).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        writer.writeLines(people, lines);
        cohortLines = lines.toByteArray();
        List<Person> loaded = loader.loadCohort(cohortBytes, "cohort.json", framework, SyntheticCohort.AS_OF)
                .orThrow();
        int[] streamed = {0};
        Report report = loader.streamCohort(new ByteArrayInputStream(cohortLines), "cohort.jsonl", framework,
                SyntheticCohort.AS_OF, person -> streamed[0]++);
        if (!loaded.equals(people) || streamed[0] != people.size() || !report.isValid()) {
            throw new IllegalStateException("the synthetic cohort does not load back: " + loaded.size() + " of "
                    + people.size() + " people, " + streamed[0] + " streamed, " + report);
        }
    }

    /** The NHS framework from bytes. */
    @Benchmark
    public LoadResult<Framework> framework() {
        return loader.loadFramework(frameworkBytes, "nhs-hlm.json");
    }

    /** The cohort document from bytes. */
    @Benchmark
    public LoadResult<List<Person>> cohort() {
        return loader.loadCohort(cohortBytes, "cohort.json");
    }

    /** The cohort document from bytes, every record checked against the framework. */
    @Benchmark
    public LoadResult<List<Person>> cohortAgainstFramework() {
        return loader.loadCohort(cohortBytes, "cohort.json", framework, SyntheticCohort.AS_OF);
    }

    /** The cohort as JSON Lines, streamed, every record checked against the framework. */
    @Benchmark
    public Report cohortLines(Blackhole blackhole) {
        return loader.streamCohort(new ByteArrayInputStream(cohortLines), "cohort.jsonl", framework,
                SyntheticCohort.AS_OF, blackhole::consume);
    }
}
