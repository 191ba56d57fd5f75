package org.cadre.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading a framework the size of ESCO ({@link EscoSized}: 14,000 competencies, 1,000 named rules, about
 * 6 MB of JSON): {@code loadCheckCompile} is {@link DocumentLoader#loadFramework(byte[], String)} (UTF-8,
 * parse with duplicate-key detection, JSON Schema, binding, Bean Validation, semantic checks) followed by
 * {@link CompiledFramework#compile}; {@code jacksonTree} is a plain Jackson 3 tree parse of the same bytes,
 * the floor. Milliseconds per document.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EscoLoadBenchmark -f 1 -wi 3 -i 3        # quick
 * java -jar benchmarks/target/benchmarks.jar EscoLoadBenchmark -f 3 -wi 10 -i 5       # full
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class EscoLoadBenchmark {

    private DocumentLoader loader;
    private JsonMapper mapper;
    private byte[] bytes;

    /** Generates the document and checks that it loads without a single issue. */
    @Setup(Level.Trial)
    public void setUp() {
        loader = DocumentLoader.create();
        mapper = JsonMapper.builder().build();
        bytes = EscoSized.bytes();
        LoadResult<Framework> loaded = loader.loadFramework(bytes, "esco-sized.json");
        if (!loaded.report().issues().isEmpty() || loaded.orThrow().competencies().size() != EscoSized.COMPETENCIES) {
            throw new IllegalStateException("the generated framework does not load cleanly: " + loaded.report());
        }
        System.out.printf("%n[esco] %,d bytes%n", bytes.length);
    }

    /** Load, check and compile. */
    @Benchmark
    public CompiledFramework loadCheckCompile() {
        return CompiledFramework.compile(loader.loadFramework(bytes, "esco-sized.json").orThrow());
    }

    /** A plain Jackson tree parse. */
    @Benchmark
    public JsonNode jacksonTree() {
        return mapper.readTree(bytes);
    }
}
