package org.cadre.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Ready-made {@link Generator}s that shrink: numbers in a range, choices from a list, lists, and strings
 * over an alphabet. Compose them inside a lambda for anything larger:
 *
 * <pre>{@code
 * Generator<String> ids = Generators.strings(Generators.ALPHANUMERIC, 1, 12);
 * Generator<List<Integer>> ranks = Generators.lists(Generators.integers(0, 1000), 1, 7);
 * Generator<Level> levels = random -> Level.of(ids.generate(random), "Level", random.between(0, 1000));
 * }</pre>
 */
public final class Generators {

    /** Lower case ASCII letters. */
    public static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    /** ASCII digits. */
    public static final String DIGITS = "0123456789";
    /** ASCII letters and digits. */
    public static final String ALPHANUMERIC = LOWER + LOWER.toUpperCase(java.util.Locale.ROOT) + DIGITS;

    private Generators() {
    }

    /** Always {@code value}. */
    public static <T> Generator<T> constant(T value) {
        return random -> value;
    }

    /**
     * Whole numbers from {@code min} to {@code max}, both included, each as likely; shrinks towards the
     * number of the range nearest zero.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static Generator<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        int target = min > 0 ? min : Math.min(max, 0);
        Generator<Integer> plain = random -> random.between(min, max);
        return plain.withShrinker(value -> Shrinking.towards(value, target));
    }

    /** True or false; shrinks to false. */
    public static Generator<Boolean> booleans() {
        Generator<Boolean> plain = RandomSource::nextBoolean;
        return plain.withShrinker(value -> value ? Stream.of(false) : Stream.empty());
    }

    /**
     * One of the options, each as likely; shrinks towards the first option.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static <T> Generator<T> choose(List<T> options) {
        List<T> copy = List.copyOf(options);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        Generator<T> plain = random -> random.pick(copy);
        return plain.withShrinker(value -> {
            int index = copy.indexOf(value);
            return index <= 0 ? Stream.empty() : Shrinking.towards(index, 0).map(copy::get);
        });
    }

    /**
     * A value of one of the generators, each chosen as often. Does not shrink: a value does not say which
     * generator made it.
     *
     * @throws IllegalArgumentException if there are no generators
     */
    public static <T> Generator<T> oneOf(List<? extends Generator<? extends T>> generators) {
        List<Generator<? extends T>> copy = List.copyOf(generators);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generators to choose from");
        }
        return random -> random.pick(copy).generate(random);
    }

    /**
     * Lists of {@code min} to {@code max} elements of {@code elements}. Shrinks by dropping elements (never
     * below {@code min}), then by shrinking single elements.
     *
     * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
     */
    public static <T> Generator<List<T>> lists(Generator<T> elements, int min, int max) {
        Objects.requireNonNull(elements, "elements");
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad size range " + min + ".." + max);
        }
        Generator<List<T>> plain = random -> {
            int size = random.between(min, max);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(elements.generate(random));
            }
            return List.copyOf(list);
        };
        return plain.withShrinker(list -> Stream.concat(Shrinking.removals(list, min),
                Shrinking.elementwise(list, elements::shrink)));
    }

    /**
     * Strings of {@code min} to {@code max} code points drawn from {@code alphabet} (which may hold any
     * code points, including surrogate pairs). Shrinks by dropping code points, then by replacing one with
     * the alphabet's first.
     *
     * @throws IllegalArgumentException if the alphabet is empty or the size range is bad
     */
    public static Generator<String> strings(String alphabet, int min, int max) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("empty alphabet");
        }
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad length range " + min + ".." + max);
        }
        int simplest = codePoints[0];
        Generator<String> plain = random -> {
            int length = random.between(min, max);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.between(0, codePoints.length - 1)]);
            }
            return text.toString();
        };
        return plain.withShrinker(text -> {
            List<Integer> points = text.codePoints().boxed().toList();
            Stream<List<Integer>> shorter = Shrinking.removals(points, min);
            Stream<List<Integer>> simpler = Shrinking.elementwise(points,
                    point -> point == simplest ? Stream.empty() : Stream.of(simplest));
            return Stream.concat(shorter, simpler).map(Generators::text);
        });
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
