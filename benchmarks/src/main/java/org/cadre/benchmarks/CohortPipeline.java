package org.cadre.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Progression;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.person.Person;
import org.cadre.report.Report;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A whole cohort in a JSON Lines file, judged against the whole ladder through the public API, the way a
 * host would do it on a machine with two cores: the calling thread reads the file with
 * {@link DocumentLoader#streamCohort(Path, org.cadre.model.Framework, LocalDate, java.util.function.Consumer)}
 * (every line parsed, checked against the schema and the framework) and hands the people in batches to one
 * evaluating thread, which computes each person's {@link CompiledFramework#progression} (the rating policy,
 * every rung's entry verdict and status, the next rungs). Memory: one line, a few batches in flight, the
 * report and the ids the loader remembers to detect duplicates.
 */
public final class CohortPipeline {

    /** People per batch handed from the reading thread to the evaluating thread. */
    static final int BATCH = 512;
    private static final List<Person> END = List.of();

    private CohortPipeline() {
    }

    /** What a run found: how many people were judged, how many rungs were open to them, and the report. */
    public record Result(long people, long eligible, Report report) {
    }

    /**
     * Writes {@code size} synthetic people as JSON Lines into {@code directory}, unless a file for the same
     * size and seed is already there; returns the file. The people are generated and written one at a time.
     */
    public static Path cohortFile(Path directory, CompiledFramework compiled, int size) {
        Path file = directory.resolve("cohort-" + size + "-" + SyntheticCohort.SEED + ".jsonl");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "cohort-", ".partial");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                DocumentWriter.create().writeLines(SyntheticCohort.lazily(compiled.framework(), size,
                        SyntheticCohort.SEED), out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cohort file " + file, e);
        }
    }

    /** Reads, checks and judges every person of a JSON Lines file, on two threads. */
    public static Result judge(DocumentLoader loader, CompiledFramework compiled, Path file, LocalDate asOf) {
        BlockingQueue<List<Person>> queue = new ArrayBlockingQueue<>(8);
        long[] counts = new long[2];
        RuntimeException[] failure = new RuntimeException[1];
        Thread evaluator = new Thread(() -> {
            try {
                for (List<Person> batch = queue.take(); batch != END; batch = queue.take()) {
                    for (Person person : batch) {
                        Progression progression = compiled.progression(person, asOf);
                        counts[0]++;
                        counts[1] += progression.next().size();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure[0] = e;
                queue.clear();
            }
        }, "cohort-evaluator");
        evaluator.start();
        List<Person>[] batch = batchHolder();
        Report report;
        try {
            report = loader.streamCohort(file, compiled.framework(), asOf, person -> {
                batch[0].add(person);
                if (batch[0].size() == BATCH) {
                    put(queue, batch[0]);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
            if (!batch[0].isEmpty()) {
                put(queue, batch[0]);
            }
        } finally {
            put(queue, END);
            try {
                evaluator.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Result(counts[0], counts[1], report);
    }

    @SuppressWarnings("unchecked")
    private static List<Person>[] batchHolder() {
        List<Person>[] holder = (List<Person>[]) new List<?>[1];
        holder[0] = new ArrayList<>(BATCH);
        return holder;
    }

    private static void put(BlockingQueue<List<Person>> queue, List<Person> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing on a batch", e);
        }
    }

    /**
     * The I/O-and-parse limit: the same file read with a plain Jackson 3 streaming parser that looks at
     * every token and keeps nothing. Returns the number of top-level objects (people).
     */
    public static long plainRead(Path file) {
        JsonFactory factory = new JsonFactory();
        long people = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (depth++ == 0) {
                        people++;
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return people;
    }
}
