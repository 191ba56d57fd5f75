package org.cadre.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.CompiledRule;
import org.cadre.evaluation.PersonState;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The rule engine on the NHS Healthcare Leadership Model ladder (the shipped {@code nhs-hlm.json}, loaded
 * from the {@code examples} jar and compiled once) over a deterministic synthetic cohort of
 * {@value SyntheticCohort#PEOPLE} people ({@link SyntheticCohort}), judged at
 * {@link SyntheticCohort#AS_OF}.
 *
 * <p>Every benchmark walks the whole cohort per invocation and reports <b>people per second</b>
 * ({@link OperationsPerInvocation} is the cohort's size):
 * <ul>
 *   <li>{@code state} — building each person's {@link PersonState} (the rating policy applied to every
 *       competency: validity window, latest rating per rater, minimum raters per source, median);</li>
 *   <li>{@code entryVerdicts} — the fast verdict of every programme's entry rule (six rules) on states
 *       built beforehand;</li>
 *   <li>{@code entryExplained} — the same rules with explanation trees (sentences, missing data);</li>
 *   <li>{@code nyeBevanVerdict} — the fast verdict of one entry rule, Nye Bevan's, on states built
 *       beforehand: compare with {@link HandWrittenBaseline#nyeBevanVerdict};</li>
 *   <li>{@code nyeBevanFromRecord} — building the state and then that one verdict: compare with
 *       {@link HandWrittenBaseline#nyeBevanFromRatings};</li>
 *   <li>{@code progression} — {@link CompiledFramework#progression}: the state, every rung's status and the
 *       next rungs;</li>
 *   <li>{@code gap} — {@link CompiledFramework#gap} for Nye Bevan: the explained verdict, the unmet
 *       requirements, a set of changes, and (when there is one) the check that the changes make the rule
 *       met.</li>
 * </ul>
 *
 * <p>Run it (from the repository root; the first command builds the executable jar, only with the
 * {@code benchmarks} profile):
 * <pre>
 * mvn -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar EvaluationBenchmark -f 1 -wi 5 -i 5
 * </pre>
 * Add a method name to the pattern to run one ({@code EvaluationBenchmark.gap}); see docs/performance.md.
 * {@code gap} warms up slowest: give it {@code -wi 10} for a settled figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {

    private CompiledFramework ladder;
    private LocalDate asOf;
    private Person[] people;
    private PersonState[] states;
    private CompiledRule[] entryRules;
    private CompiledRule nyeBevan;

    /** Loads and compiles the framework, generates the cohort and builds every person's state once. */
    @Setup(Level.Trial)
    public void setUp() {
        ladder = SyntheticCohort.compiled();
        asOf = SyntheticCohort.AS_OF;
        people = SyntheticCohort.people(ladder.framework()).toArray(new Person[0]);
        states = new PersonState[people.length];
        for (int i = 0; i < people.length; i++) {
            states[i] = ladder.state(people[i], asOf);
        }
        List<CompiledRule> rules = ladder.framework().programmes().stream().map(Programme::id).map(ladder::entry)
                .flatMap(Optional::stream).toList();
        entryRules = rules.toArray(new CompiledRule[0]);
        nyeBevan = ladder.entry(SyntheticCohort.NYE_BEVAN).orElseThrow();
        if (people.length != SyntheticCohort.PEOPLE || entryRules.length == 0) {
            throw new IllegalStateException("unexpected cohort or framework: " + people.length + " people, "
                    + entryRules.length + " entry rules");
        }
    }

    /** Each person's state: the rating policy applied to every competency. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void state(Blackhole blackhole) {
        for (Person person : people) {
            blackhole.consume(ladder.state(person, asOf));
        }
    }

    /** Every programme's entry rule, fast verdicts, on prepared states. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void entryVerdicts(Blackhole blackhole) {
        for (PersonState state : states) {
            for (CompiledRule rule : entryRules) {
                blackhole.consume(rule.verdict(state));
            }
        }
    }

    /** Every programme's entry rule, explained, on prepared states. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void entryExplained(Blackhole blackhole) {
        for (PersonState state : states) {
            for (CompiledRule rule : entryRules) {
                blackhole.consume(rule.explain(state));
            }
        }
    }

    /** Nye Bevan's entry rule alone, fast verdicts, on prepared states. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void nyeBevanVerdict(Blackhole blackhole) {
        for (PersonState state : states) {
            blackhole.consume(nyeBevan.verdict(state));
        }
    }

    /** Nye Bevan's entry rule from the record: the state, then the verdict. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void nyeBevanFromRecord(Blackhole blackhole) {
        for (Person person : people) {
            blackhole.consume(nyeBevan.verdict(ladder.state(person, asOf)));
        }
    }

    /** Each person's status on every rung and the rungs they could start next. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void progression(Blackhole blackhole) {
        for (Person person : people) {
            blackhole.consume(ladder.progression(person, asOf));
        }
    }

    /** What stands between each person and Nye Bevan, with a checked set of changes. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void gap(Blackhole blackhole) {
        for (Person person : people) {
            blackhole.consume(ladder.gap(person, SyntheticCohort.NYE_BEVAN, asOf));
        }
    }
}
