package org.cadre.testing;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Makes random values of one type from a {@link RandomSource}, and optionally proposes smaller values
 * when one of them makes a property fail.
 *
 * <p>A lambda is a generator that does not shrink: {@code Generator<Integer> dice = r -> r.between(1, 6);}.
 * Add a shrinker with {@link #withShrinker(Function)}, or start from {@link Generators}, whose generators
 * shrink. {@link #map(Function)} keeps no shrinker (the mapped value cannot be taken back); give the
 * mapped generator its own when it matters.
 *
 * <p>Generators must be deterministic: the same seed must give the same value, so draw every random
 * choice from the {@link RandomSource} and nothing from clocks, hash orders or {@code Math.random()}.
 *
 * @param <T> the type of value made
 */
@FunctionalInterface
public interface Generator<T> {

    /** A new value, made from the draws of {@code random} only. */
    T generate(RandomSource random);

    /**
     * Candidates smaller than {@code value}, the most promising (smallest) first. The property runner tries
     * them in order and continues from the first that still fails. A candidate must be "smaller" in a way
     * that cannot go on for ever (fewer elements, a number nearer the target), else shrinking only stops at
     * its step limit. None by default.
     */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }

    /** How a value is shown in a failure message; {@link String#valueOf(Object)} by default. */
    default String describe(T value) {
        return String.valueOf(value);
    }

    /** This generator with another shrinker (and the same description). */
    default Generator<T> withShrinker(Function<? super T, ? extends Stream<? extends T>> shrinker) {
        Objects.requireNonNull(shrinker, "shrinker");
        Generator<T> self = this;
        return new Generator<>() {
            @Override
            public T generate(RandomSource random) {
                return self.generate(random);
            }

            @Override
            public Stream<T> shrink(T value) {
                return shrinker.apply(value).<T>map(candidate -> candidate);
            }

            @Override
            public String describe(T value) {
                return self.describe(value);
            }
        };
    }

    /** This generator with another way of showing values in failure messages (and the same shrinker). */
    default Generator<T> describedBy(Function<? super T, String> describer) {
        Objects.requireNonNull(describer, "describer");
        Generator<T> self = this;
        return new Generator<>() {
            @Override
            public T generate(RandomSource random) {
                return self.generate(random);
            }

            @Override
            public Stream<T> shrink(T value) {
                return self.shrink(value);
            }

            @Override
            public String describe(T value) {
                return describer.apply(value);
            }
        };
    }

    /** This generator without its shrinker: failures are reported with the value as generated. */
    default Generator<T> withoutShrinking() {
        Generator<T> self = this;
        return new Generator<>() {
            @Override
            public T generate(RandomSource random) {
                return self.generate(random);
            }

            @Override
            public String describe(T value) {
                return self.describe(value);
            }
        };
    }

    /** The values of this generator passed through {@code mapper}; does not shrink. */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(generate(random));
    }

    /**
     * Only the values that pass {@code test}; shrink candidates are filtered too. Generating tries at most
     * 1,000 times, then fails: a filter that rejects most values is a sign the generator should be written
     * to make valid values in the first place.
     *
     * @throws IllegalStateException from {@code generate} when 1,000 values in a row were rejected
     */
    default Generator<T> filter(Predicate<? super T> test) {
        Objects.requireNonNull(test, "test");
        Generator<T> self = this;
        return new Generator<>() {
            @Override
            public T generate(RandomSource random) {
                for (int attempt = 0; attempt < 1_000; attempt++) {
                    T value = self.generate(random);
                    if (test.test(value)) {
                        return value;
                    }
                }
                throw new IllegalStateException("the filter rejected 1,000 generated values in a row");
            }

            @Override
            public Stream<T> shrink(T value) {
                return self.shrink(value).filter(test);
            }

            @Override
            public String describe(T value) {
                return self.describe(value);
            }
        };
    }
}
