package org.cadre.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Batches worked on by a pool come back in the order they were submitted, on the submitting thread, with
 * never more than the allowed number (and weight) of batches in flight; one thread starts no pool; what the
 * work throws reaches the submitter unchanged; and closing leaves no thread behind. Isolated, so that no other
 * test's threads are counted.
 */
@Isolated
class OrderedBatchesTest {

    @Test
    void resultsComeBackInOrderOnTheSubmittingThreadWithFewBatchesInFlight() {
        List<Integer> handedOn = new ArrayList<>();
        Thread submitter = Thread.currentThread();
        AtomicInteger started = new AtomicInteger();
        int[] mostAhead = new int[1];
        boolean[] otherThread = new boolean[1];
        try (OrderedBatches<Integer, Integer> batches = new OrderedBatches<>(4, 3, Long.MAX_VALUE, item -> {
            started.incrementAndGet();
            if (item % 7 == 0) {
                sleep(2);
            }
            return item * 10;
        }, result -> {
            otherThread[0] |= Thread.currentThread() != submitter;
            handedOn.add(result);
        })) {
            for (int b = 0; b < 50; b++) {
                List<Integer> batch = IntStream.range(b * 10, b * 10 + 10).boxed().toList();
                batches.submit(batch, batch.size());
                // Every item of the batches not yet handed on has been submitted; at most 3 batches of 10.
                mostAhead[0] = Math.max(mostAhead[0], (b + 1) * 10 - handedOn.size());
            }
            batches.finish(List.of(500), 1);
        }
        assertThat(handedOn).containsExactlyElementsOf(IntStream.rangeClosed(0, 500).map(i -> i * 10).boxed()
                .toList());
        assertThat(mostAhead[0]).isLessThanOrEqualTo(30);
        assertThat(otherThread[0]).isFalse();
        assertThat(started.get()).isEqualTo(501);
        assertThat(cohortThreads()).isEmpty();
    }

    @Test
    void aBatchHeavierThanTheWeightLimitGoesAloneAfterEveryBatchBeforeIt() {
        List<String> events = new ArrayList<>();
        try (OrderedBatches<Integer, Integer> batches = new OrderedBatches<>(2, 10, 100, item -> item,
                result -> events.add("out " + result))) {
            batches.submit(List.of(1), 60);
            batches.submit(List.of(2), 30);
            batches.submit(List.of(3), 500);
            events.add("heavy in flight");
            batches.finish(List.of(), 0);
        }
        // The two light batches were handed on before the heavy one was even submitted (the heavy one may
        // then be handed on at once, if it is done by the time submit looks).
        assertThat(events).containsSubsequence("out 1", "out 2", "heavy in flight").containsSubsequence("out 2",
                "out 3");
    }

    @Test
    void oneThreadWorksOnTheSubmittingThreadAtOnce() {
        Thread submitter = Thread.currentThread();
        List<Boolean> onSubmitter = new ArrayList<>();
        List<Integer> handedOn = new ArrayList<>();
        try (OrderedBatches<Integer, Integer> batches = new OrderedBatches<>(1, 1, 1, item -> {
            onSubmitter.add(Thread.currentThread() == submitter);
            return item;
        }, handedOn::add)) {
            batches.submit(List.of(1, 2), 2);
            assertThat(handedOn).containsExactly(1, 2);
            batches.finish(List.of(3), 1);
        }
        assertThat(handedOn).containsExactly(1, 2, 3);
        assertThat(onSubmitter).containsOnly(true);
    }

    @Test
    void whatTheWorkThrowsReachesTheSubmitterAndNoThreadIsLeft() {
        IllegalArgumentException failure = new IllegalArgumentException("bad item");
        Names seen = new Names();
        assertThatThrownBy(() -> {
            try (OrderedBatches<Integer, Integer> batches = new OrderedBatches<>(3, 4, Long.MAX_VALUE, item -> {
                seen.add(Thread.currentThread().getName());
                if (item == 25) {
                    throw failure;
                }
                return item;
            }, result -> { })) {
                for (int b = 0; b < 20; b++) {
                    batches.submit(IntStream.range(b * 10, b * 10 + 10).boxed().toList(), 10);
                }
                batches.finish(List.of(), 0);
            }
        }).isSameAs(failure);
        assertThat(seen.names).isNotEmpty().allMatch(name -> name.startsWith("cadre-cohort-"));
        assertThat(cohortThreads()).isEmpty();
    }

    @Test
    void aShortInputStartsNoThread() {
        Names seen = new Names();
        try (OrderedBatches<Integer, Integer> batches = new OrderedBatches<>(4, 4, Long.MAX_VALUE, item -> {
            seen.add(Thread.currentThread().getName());
            return item;
        }, result -> { })) {
            batches.finish(List.of(1, 2, 3), 3);
        }
        assertThat(seen.names).containsExactly(Thread.currentThread().getName());
    }

    /** The names of the threads that did some work. */
    private static final class Names {
        final java.util.Set<String> names = ConcurrentHashMap.newKeySet();

        void add(String name) {
            names.add(name);
        }
    }

    private static List<String> cohortThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("cadre-cohort-")).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
