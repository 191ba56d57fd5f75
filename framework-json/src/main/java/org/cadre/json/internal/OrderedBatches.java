package org.cadre.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadre.report.CadreException;

/**
 * Work on batches of items spread over worker threads, with the results handed on in the order the batches
 * were submitted, on the thread that submits them. The submitting thread is never more than a fixed number
 * of batches (and a fixed total weight, such as characters) ahead of the results it has handed on, so memory
 * stays bounded however long the input. With one thread there are no workers: each batch is worked on and
 * handed on at once, on the submitting thread.
 *
 * <p>What the work or the consumer of results throws reaches the submitting thread (from {@link #submit} or
 * {@link #finish}) as it was thrown. {@link #close()} cancels what is still pending and returns only when every
 * worker thread has ended, so use it in a try-with-resources block. Not thread-safe: one submitting thread.
 *
 * @param <T> an item of input
 * @param <R> the result for one item
 */
public final class OrderedBatches<T, R> implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Function<T, R> work;
    private final Consumer<R> results;
    private final int threads;
    /** Started with the first batch that is not also the last, so a short input starts no thread. */
    private ExecutorService workers;
    private final int maxPending;
    private final long maxPendingWeight;
    private final Deque<Future<List<R>>> pending = new ArrayDeque<>();
    private final Deque<Long> weights = new ArrayDeque<>();
    private long pendingWeight;
    /** Every worker thread started, so that {@link #close()} can wait for each to end, not only its tasks. */
    private final List<Thread> started = new ArrayList<>();

    /**
     * Batches worked on by {@code threads} threads.
     *
     * @param threads          worker threads; 1 for none (everything on the submitting thread)
     * @param maxPending       the most batches submitted and not yet handed on (at least 1)
     * @param maxPendingWeight the most total weight of those batches; a heavier batch still goes, alone
     * @param work             turns an item into its result, on a worker thread
     * @param results          receives each result in order, on the submitting thread
     */
    public OrderedBatches(int threads, int maxPending, long maxPendingWeight, Function<T, R> work,
                          Consumer<R> results) {
        if (threads < 1 || maxPending < 1) {
            throw new IllegalArgumentException("threads and maxPending must be positive");
        }
        this.work = work;
        this.results = results;
        this.maxPending = maxPending;
        this.maxPendingWeight = maxPendingWeight;
        this.threads = threads;
    }

    /** Daemon threads named {@code prefix} and a number, each remembered in {@link #started}. */
    private ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            synchronized (started) {
                started.add(thread);
            }
            return thread;
        };
    }

    /**
     * Submits a batch, first handing on the results of older batches as far as needed to stay within the bounds
     * (waiting for them), and then any that are ready.
     */
    public void submit(List<T> batch, long weight) {
        if (threads == 1) {
            inline(batch);
            return;
        }
        if (workers == null) {
            workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    daemons("cadre-cohort-" + POOLS.incrementAndGet() + "-"));
        }
        while (!pending.isEmpty() && (pending.size() >= maxPending || pendingWeight + weight > maxPendingWeight)) {
            handOnOldest();
        }
        List<T> items = List.copyOf(batch);
        pending.addLast(workers.submit(() -> {
            List<R> done = new ArrayList<>(items.size());
            for (T item : items) {
                done.add(work.apply(item));
            }
            return done;
        }));
        weights.addLast(weight);
        pendingWeight += weight;
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            handOnOldest();
        }
    }

    /**
     * Submits the last batch, waits for every batch and hands on its results. When no worker was needed before
     * (the input fitted in one batch) the last batch is worked on here, on the submitting thread.
     */
    public void finish(List<T> last, long weight) {
        if (workers == null) {
            inline(last);
            return;
        }
        submit(last, weight);
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    private void inline(List<T> batch) {
        for (T item : batch) {
            results.accept(work.apply(item));
        }
    }

    private void handOnOldest() {
        Future<List<R>> oldest = pending.removeFirst();
        pendingWeight -= weights.removeFirst();
        List<R> done;
        try {
            done = oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CadreException("interrupted while waiting for the lines being checked", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("a batch was cancelled while still needed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        for (R result : done) {
            results.accept(result);
        }
    }

    /** Cancels the batches still pending and waits until every worker thread has ended. */
    @Override
    public void close() {
        if (workers == null) {
            return;
        }
        pending.forEach(future -> future.cancel(true));
        pending.clear();
        weights.clear();
        pendingWeight = 0;
        workers.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        // A terminated pool has run its last task, but its threads may still be on their way out: wait for them.
        List<Thread> threadsStarted;
        synchronized (started) {
            threadsStarted = List.copyOf(started);
        }
        for (Thread thread : threadsStarted) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
