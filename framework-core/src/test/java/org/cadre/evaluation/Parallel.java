package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs the same work on several threads at once and compares it with the results of one thread. */
final class Parallel {

    private Parallel() {
    }

    /**
     * For each round, {@code threads} threads released together take the indexes {@code 0 … expected.size()-1}
     * in an order shuffled from {@code seed + round} from a shared counter and compute {@code work} for each;
     * every result must equal the expected (sequential) one.
     *
     * @param name names an index in a failure message, such as "person p-1"
     */
    static <R> void assertSameAsSequential(List<R> expected, IntFunction<R> work, IntFunction<String> name,
                                           int threads, int rounds, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < expected.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed + round));
                Object[] results = new Object[expected.size()];
                AtomicInteger next = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        start.await();
                        for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
                            int index = order.get(k);
                            results[index] = work.apply(index);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get(60, TimeUnit.SECONDS);
                }
                for (int i = 0; i < expected.size(); i++) {
                    int index = i;
                    int thisRound = round;
                    assertThat(results[i]).as(() -> String.format(Locale.ROOT, "round %d, %s (seed %#x)", thisRound,
                            name.apply(index), seed)).isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
