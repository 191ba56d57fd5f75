package org.cadre.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cadre.benchmarks.peers.LadderByHand;
import org.cadre.benchmarks.peers.LadderRules;
import org.cadre.benchmarks.peers.Ladders;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.PersonState;
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
 * Rule evaluation side by side: the NHS ladder's eight rules ({@link LadderRules}: six entry rules, two
 * completion rules with evidence counts) for one person, by Cadre (fast and explained), by hand-written
 * Java ({@link LadderByHand}), by Google CEL (standard and planner runtimes), by compiled MVEL, by Easy
 * Rules with MVEL conditions, and by JsonLogic for Java ({@link Ladders}).
 *
 * <p>Every engine gets the same pool of {@value #POOL} people, prepared before measuring in its natural
 * form: Cadre its {@link PersonState}s, the hand-written code flat arrays, the peers maps and lists. Each
 * benchmark operation evaluates all eight rules for the next person of the pool (round robin), so the
 * score is <b>nanoseconds per person</b>; divide by eight for one rule. {@code LadderEquivalenceTest}
 * checks that every engine gives Cadre's answer on every rule for every person of this pool.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RulesBenchmark -f 1 -wi 3 -i 3 -w 1s -r 1s   # quick
 * java -jar benchmarks/target/benchmarks.jar RulesBenchmark -f 3 -wi 5 -i 5 -prof gc      # full
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class RulesBenchmark {

    /** The number of people in the pool (a power of two: the cursor wraps with a mask). */
    public static final int POOL = 4096;

    private int cursor;
    private Ladders.Cadre cadre;
    private LadderByHand byHand;
    private Ladders.Cel cel;
    private Ladders.Cel celPlanner;
    private Ladders.Mvel mvel;
    private Ladders.EasyRules easyRules;
    private Ladders.JsonLogicLadder jsonLogic;

    /** The pool: {@code size} synthetic people's states at {@link SyntheticCohort#AS_OF}. */
    public static List<PersonState> pool(CompiledFramework compiled, int size) {
        List<Person> people = SyntheticCohort.people(compiled.framework(), size, SyntheticCohort.SEED);
        return people.stream().map(person -> compiled.state(person, SyntheticCohort.AS_OF)).toList();
    }

    /** Compiles every engine's rules and prepares every engine's pool; checks that they agree on person 0. */
    @Setup(Level.Trial)
    public void setUp() {
        CompiledFramework compiled = SyntheticCohort.compiled();
        List<PersonState> pool = pool(compiled, POOL);
        LadderRules ladder = LadderRules.of(compiled.framework(), SyntheticCohort.AS_OF);
        List<Map<String, Object>> inputs = Ladders.peerInputs(compiled.framework(), pool);
        cadre = new Ladders.Cadre(compiled, pool);
        byHand = new LadderByHand(compiled.framework(), pool);
        cel = new Ladders.Cel(ladder, inputs, false);
        celPlanner = new Ladders.Cel(ladder, inputs, true);
        mvel = new Ladders.Mvel(ladder, inputs);
        easyRules = new Ladders.EasyRules(ladder, inputs);
        jsonLogic = new Ladders.JsonLogicLadder(ladder, inputs);
        for (int p = 0; p < 64; p++) {
            int expected = cadre.ladder(p);
            if (byHand.ladder(p) != expected || cel.ladder(p) != expected || celPlanner.ladder(p) != expected
                    || mvel.ladder(p) != expected || jsonLogic.ladder(p) != expected) {
                throw new IllegalStateException("the engines disagree on person " + p
                        + "; run LadderEquivalenceTest");
            }
        }
    }

    private int next() {
        int p = cursor;
        cursor = (p + 1) & (POOL - 1);
        return p;
    }

    /** Cadre, {@code CompiledRule.verdict}. */
    @Benchmark
    public int cadreFast() {
        return cadre.ladder(next());
    }

    /** Cadre, {@code CompiledRule.explain}: every verdict with its explanation tree. */
    @Benchmark
    public int cadreExplained() {
        return cadre.explained(next());
    }

    /** The same rules in plain Java over flat arrays. */
    @Benchmark
    public int handWritten() {
        return byHand.ladder(next());
    }

    /** Google CEL, the standard runtime. */
    @Benchmark
    public int cel() {
        return cel.ladder(next());
    }

    /** Google CEL, the planner runtime. */
    @Benchmark
    public int celPlanner() {
        return celPlanner.ladder(next());
    }

    /** MVEL 2, compiled expressions. */
    @Benchmark
    public int mvel() {
        return mvel.ladder(next());
    }

    /** Easy Rules with MVEL conditions (DefaultRulesEngine). */
    @Benchmark
    public int easyRulesMvel() {
        return easyRules.ladder(next());
    }

    /** JsonLogic for Java. */
    @Benchmark
    public int jsonLogic() {
        return jsonLogic.ladder(next());
    }
}
