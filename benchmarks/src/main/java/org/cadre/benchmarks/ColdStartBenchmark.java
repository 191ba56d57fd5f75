package org.cadre.benchmarks;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Verdict;
import org.cadre.examples.ShippedExamples;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From a cold JVM to the first verdict: each measurement is the first and only call in a fresh fork (JMH's
 * {@code SingleShotTime}, no warm-up), so class loading, static initialisation and interpretation are all in
 * it; the JVM's own start (about 0.1 s) and JMH's are not.
 * <ul>
 *   <li>{@code cadre} — the NHS framework loaded from the {@code examples} jar (schema, binding, Bean
 *       Validation, checks), compiled, the example people loaded, and Nye Bevan's entry verdict of the
 *       first person;</li>
 *   <li>{@code cel} — Google CEL: a compiler and a runtime built, Nye Bevan's entry rule (as RulesBenchmark
 *       translates it) compiled and evaluated once on a person given as a map.</li>
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark -f 5       # quick
 * java -jar benchmarks/target/benchmarks.jar ColdStartBenchmark -f 20      # full
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

    /** Nye Bevan's entry rule in CEL, exactly as {@code LadderRules} translates it (a test checks this). */
    public static final String NYE_BEVAN_CEL = "math.greatest(math.greatest(cel.bind(met, lv.filter(x, x >= 2)"
            + ".size(), met >= 7 ? 0 : met + lv.filter(x, x < 0).size() < 7 ? 2 : 1), lv[0] < 0 || lv[5] < 0 ? 1"
            + " : lv[0] - lv[5] <= 1 && lv[5] - lv[0] <= 1 ? 0 : 2), ('monthsInRole' in num ? (num['monthsInRole']"
            + " >= 24.0 ? 0 : 2) : 1), ('band' in str ? (str['band'] in ['8c', '8d', '9', 'vsm'] ? 0 : 2) : 1))";

    /** Cadre: load, check and compile the framework, load the people, one verdict. */
    @Benchmark
    public Verdict cadre() {
        DocumentLoader loader = DocumentLoader.create();
        Framework framework = loader.loadFramework(SyntheticCohort.frameworkBytes(), "nhs-hlm-ladder.json")
                .orThrow();
        CompiledFramework compiled = CompiledFramework.compile(framework);
        List<Person> people = loader.loadCohort(ShippedExamples.people(ShippedExamples.PEOPLE.get(0)), "people")
                .orThrow();
        return compiled.entry("nhs.nye-bevan").orElseThrow()
                .verdict(compiled.state(people.get(0), LocalDate.of(2026, 11, 1)));
    }

    /** CEL: build, compile the rule, one evaluation. */
    @Benchmark
    public Object cel() throws Exception {
        CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("lv", ListType.create(SimpleType.INT))
                .addVar("num", MapType.create(SimpleType.STRING, SimpleType.DOUBLE))
                .addVar("str", MapType.create(SimpleType.STRING, SimpleType.STRING))
                .addLibraries(CelExtensions.math(), CelExtensions.bindings())
                .setResultType(SimpleType.INT)
                .build();
        CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().addLibraries(CelExtensions.math()).build();
        CelAbstractSyntaxTree ast = compiler.compile(NYE_BEVAN_CEL).getAst();
        Map<String, Object> person = Map.of("lv", List.of(2L, 2L, 1L, 2L, 3L, 2L, 2L, -1L, 2L),
                "num", Map.of("monthsInRole", 30.0), "str", Map.of("band", "8d"));
        return runtime.createProgram(ast).eval(person);
    }
}
