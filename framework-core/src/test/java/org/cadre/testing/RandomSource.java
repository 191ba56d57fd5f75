package org.cadre.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The randomness of one try of a {@link Property}: a {@link SplittableRandom} started from the try's seed,
 * with the few draws generators need. The same seed always gives the same sequence of draws, so a try can
 * be replayed from its seed alone. Not thread-safe; a generator that hands work to other threads gives
 * each a {@link #split()}.
 */
public final class RandomSource {

    private final long seed;
    private final SplittableRandom random;

    /** A source that starts from the given seed. */
    public RandomSource(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    private RandomSource(long seed, SplittableRandom random) {
        this.seed = seed;
        this.random = random;
    }

    /** The seed this source started from. */
    public long seed() {
        return seed;
    }

    /**
     * A number from {@code min} to {@code max}, both included.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        return (int) random.nextLong(min, (long) max + 1);
    }

    /** Any long. */
    public long nextLong() {
        return random.nextLong();
    }

    /** True or false, each half of the time. */
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /**
     * True with the given probability.
     *
     * @param probability from 0 (never) to 1 (always)
     */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * One of the options, each as likely.
     *
     * @throws IllegalArgumentException if there are none
     */
    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(random.nextInt(options.size()));
    }

    /** The items in a random order, as a new modifiable list. */
    public <T> List<T> shuffled(Collection<T> items) {
        List<T> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
        return list;
    }

    /** A random selection of the items, each kept with the given probability, in their original order. */
    public <T> List<T> subset(List<T> items, double keep) {
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (chance(keep)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** An independent source whose draws do not overlap this one's. */
    public RandomSource split() {
        SplittableRandom child = random.split();
        return new RandomSource(seed, child);
    }
}
