package org.cadre.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadre.benchmarks.peers.LadderByHand;
import org.cadre.benchmarks.peers.Ladders;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Progression;
import org.cadre.person.Person;
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

/**
 * A person end to end, <b>people per second on one thread</b>: from the record with raw ratings from
 * several sources (manager, assessor, peers; some too old, some from too few raters) to the verdicts of
 * every rung, the rating policy included. Round robin over {@value RulesBenchmark#POOL} people.
 * <ul>
 *   <li>{@code cadreLadder} — {@link CompiledFramework#state} then the eight rules of {@code RulesBenchmark}
 *       (six entry rules, two completion rules);</li>
 *   <li>{@code cadreProgression} — {@link CompiledFramework#progression}: the state, every rung's entry
 *       verdict and status, and the next rungs;</li>
 *   <li>{@code handWritten} — the rating policy and the eight rules written by hand over flat arrays
 *       ({@link HandWrittenBaseline}'s aggregation, {@link LadderByHand}'s rules).</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PersonBenchmark -f 1 -wi 3 -i 3 -w 1s -r 1s   # quick
 * java -jar benchmarks/target/benchmarks.jar PersonBenchmark -f 3 -wi 5 -i 5 -prof gc      # full
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PersonBenchmark {

    private static final int POOL = RulesBenchmark.POOL;

    private int cursor;
    private CompiledFramework compiled;
    private Person[] people;
    private Ladders.Cadre rules;
    private HandWrittenBaseline.Encoded encoded;
    private LadderByHand byHand;
    private int[] scratch;

    /** Generates the pool and encodes it for the hand-written code; checks that both agree. */
    @Setup(Level.Trial)
    public void setUp() {
        compiled = SyntheticCohort.compiled();
        List<Person> pool = SyntheticCohort.people(compiled.framework(), POOL, SyntheticCohort.SEED);
        people = pool.toArray(new Person[0]);
        List<PersonState> states = pool.stream().map(person -> compiled.state(person, SyntheticCohort.AS_OF))
                .toList();
        rules = new Ladders.Cadre(compiled, states);
        encoded = HandWrittenBaseline.Encoded.of(compiled.framework(), pool, SyntheticCohort.AS_OF);
        byHand = new LadderByHand(compiled.framework(), states);
        scratch = new int[encoded.dimensions];
        for (int p = 0; p < POOL; p++) {
            if (handWritten() != rules.ladder(p)) {
                throw new IllegalStateException("the hand-written ladder disagrees with Cadre on person " + p);
            }
        }
        cursor = 0;
    }

    private int next() {
        int p = cursor;
        cursor = (p + 1) & (POOL - 1);
        return p;
    }

    /** The state, then the eight rules. */
    @Benchmark
    public int cadreLadder() {
        PersonState state = compiled.state(people[next()], SyntheticCohort.AS_OF);
        return rules.ladder(state);
    }

    /** The state, every rung's status and the next rungs. */
    @Benchmark
    public Progression cadreProgression() {
        return compiled.progression(people[next()], SyntheticCohort.AS_OF);
    }

    /** The rating policy and the eight rules by hand. */
    @Benchmark
    public int handWritten() {
        int p = next();
        encoded.aggregate(p, scratch, 0);
        return byHand.ladder(scratch, 0, p);
    }
}
