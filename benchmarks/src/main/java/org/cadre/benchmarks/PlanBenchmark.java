package org.cadre.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.examples.ShippedExamples;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanChecker;
import org.cadre.report.Issue;
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
 * Checking the shipped example plan ({@code examples/plans/nhs-p002-plan.json}) against the NHS framework,
 * <b>plans per second</b>: {@code check} is {@link PlanChecker#check} on the loaded plan (structure,
 * period, target, goals, activities, reviews, hours per week, the 70/20/10 mix, approvals);
 * {@code coverage} is {@link PlanChecker#coverage} (does the plan cover the person's gap for its target, the
 * gap analysis included); {@code loadAndCheck} is {@link DocumentLoader#loadPlan(byte[], String, Framework)}
 * from bytes, every loading stage and the checks.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PlanBenchmark -f 1 -wi 3 -i 3       # quick
 * java -jar benchmarks/target/benchmarks.jar PlanBenchmark -f 3 -wi 10 -i 5      # full
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlanBenchmark {

    private static final String PLAN = ShippedExamples.PLANS.get(0);

    private DocumentLoader loader;
    private CompiledFramework compiled;
    private byte[] bytes;
    private Plan plan;
    private Person person;

    /** Loads the framework, the plan and its person; checks that the plan is valid and covers the gap. */
    @Setup(Level.Trial)
    public void setUp() {
        loader = DocumentLoader.create();
        compiled = SyntheticCohort.compiled();
        bytes = ShippedExamples.plan(PLAN);
        LoadResult<Plan> loaded = loader.loadPlan(bytes, PLAN, compiled.framework());
        plan = loaded.orThrow();
        List<Person> people = loader.loadCohort(ShippedExamples.people(ShippedExamples.PEOPLE.get(0)),
                "people").orThrow();
        person = people.stream().filter(candidate -> candidate.id().equals(plan.person())).findFirst().orElseThrow();
        if (!loaded.report().isValid() || !coverage().isEmpty()) {
            throw new IllegalStateException("the example plan is not valid or does not cover the gap");
        }
    }

    /** The plan's checks against the framework's plan policy. */
    @Benchmark
    public List<Issue> check() {
        Framework framework = compiled.framework();
        return PlanChecker.check(framework, plan, framework.planPolicy().orElseThrow());
    }

    /** Whether the plan covers its person's gap for its target. */
    @Benchmark
    public List<Issue> coverage() {
        return PlanChecker.coverage(compiled, plan, person, asOf());
    }

    /** The plan from bytes: every loading stage and the checks. */
    @Benchmark
    public LoadResult<Plan> loadAndCheck() {
        return loader.loadPlan(bytes, PLAN, compiled.framework());
    }

    private static LocalDate asOf() {
        return LocalDate.of(2026, 11, 1);
    }
}
