package org.cadre.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.json.DocumentLoader;
import org.cadre.json.Limits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cohort of {@code people} synthetic people (a million by default) in a JSON Lines file, judged against
 * the whole NHS ladder through the public streaming API on two threads ({@link CohortPipeline#judge}),
 * beside a plain Jackson 3 streaming read of the same file that keeps nothing (the I/O-and-parse limit).
 *
 * <p>The file is written at set-up, once per size, into the directory named by the environment variable
 * {@code CADRE_BENCH_DIR} (or {@code -Dcadre.bench.dir}; default: a {@code cadre-bench} folder in the
 * temporary directory), and reused by later runs; a million people take about 2 GB. Each fork runs
 * with a 256 MB heap: the run fails if memory grows with the cohort. After each iteration the fork prints
 * the people per second and the heap: the peak in use (the sum of the heap pools' peaks, garbage included)
 * and the most still in use after any collection (what the pipeline really holds, plus what survived). The score is seconds per pass over the whole file.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CohortBenchmark -p people=100000 -wi 1 -i 2     # quick
 * java -jar benchmarks/target/benchmarks.jar CohortBenchmark -f 2 -wi 1 -i 3                 # full
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CohortBenchmark {

    /** How many people the file holds. */
    @Param("1000000")
    public int people;

    /** Whether the loader looks for repeated person ids ({@code Limits.withCohortDuplicateCheck}). */
    @Param("true")
    public boolean duplicateCheck;

    private CompiledFramework compiled;
    private DocumentLoader loader;
    private Path file;
    private long started;
    private final AtomicLong afterCollection = new AtomicLong();
    private final AtomicBoolean listening = new AtomicBoolean();

    /** The directory the cohort files are written to. */
    static Path directory() {
        String configured = System.getProperty("cadre.bench.dir", System.getenv("CADRE_BENCH_DIR"));
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "cadre-bench");
    }

    /** Writes the cohort file unless it is there already. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        compiled = SyntheticCohort.compiled();
        loader = DocumentLoader.create(Limits.defaults().withCohortDuplicateCheck(duplicateCheck));
        file = CohortPipeline.cohortFile(directory(), compiled, people);
        System.out.printf(Locale.ROOT, "%n[cohort] %s: %,d bytes%n", file, Files.size(file));
    }

    /** Starts the iteration's memory and time accounting after a full collection. */
    @Setup(Level.Iteration)
    public void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        afterCollection.set(0);
        if (listening.compareAndSet(false, true)) {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(this::collected, null, null);
            }
        }
        started = System.nanoTime();
    }

    /** After each collection: the heap still in use, the live data and what survived it. */
    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += usage.getUsed();
        }
        long inUse = used;
        afterCollection.accumulateAndGet(inUse, Math::max);
    }

    /** Prints the iteration's peak heap and people per second. */
    @TearDown(Level.Iteration)
    public void printPeaks() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%n[cohort] %,d people in %.1f s: %,.0f people/s; heap: peak %.1f MB in use"
                + " (garbage included), at most %.1f MB after a collection, of %.0f MB%n", people, seconds,
                people / seconds, peak / 1048576.0, afterCollection.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Every person read, checked and judged against every rung. */
    @Benchmark
    public CohortPipeline.Result cadre() {
        CohortPipeline.Result result = CohortPipeline.judge(loader, compiled, file, SyntheticCohort.AS_OF);
        if (result.people() != people || !result.report().isValid()) {
            throw new IllegalStateException("judged " + result.people() + " of " + people + ": " + result.report());
        }
        return result;
    }

    /** The same file through a plain Jackson streaming parser that keeps nothing. */
    @Benchmark
    public long plainJackson() {
        long read = CohortPipeline.plainRead(file);
        if (read != people) {
            throw new IllegalStateException("read " + read + " of " + people);
        }
        return read;
    }
}
