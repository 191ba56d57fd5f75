package org.cadre.testing;

import java.lang.reflect.Method;
import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A seeded property test on plain JUnit 5: a check that must hold for every value a {@link Generator}
 * makes, run a number of times, each try from its own seed. A failing value is shrunk to a small
 * counter-example and reported with everything needed to replay it.
 *
 * <pre>{@code
 * @Test
 * void aListReversedTwiceIsTheList() {
 *     Generator<List<Integer>> lists = Generators.lists(Generators.integers(-1000, 1000), 0, 20);
 *     Property.forAll("reversing twice changes nothing", lists, 300, list -> {
 *         List<Integer> twice = new ArrayList<>(list);
 *         Collections.reverse(twice);
 *         Collections.reverse(twice);
 *         assertThat(twice).isEqualTo(list);
 *     });
 * }
 * }</pre>
 *
 * <h2>Seeds</h2>
 * Every try has a seed, and its value depends on that seed alone. The first try's seed is the base seed;
 * each next one is derived from the one before. The base seed comes from the system property
 * {@value #SEED_PROPERTY}:
 * <ul>
 *   <li>unset: a fixed default mixed with the property's name, so every run (and CI) tests the same values;</li>
 *   <li>{@code -Dcadre.seed=random}: a fresh seed each run, to explore new values (a failure prints its seed);</li>
 *   <li>{@code -Dcadre.seed=<n>}: {@code n} is the first try's seed. Give it the seed of a failed try and that
 *       try runs first and fails again with the same value, then shrinks the same way. The failure message
 *       prints the whole command, for example
 *       {@code mvn -o -B test -pl framework-json -Dtest='RoundTripPropertyTest#writeThenLoad' -Dcadre.seed=42}.</li>
 * </ul>
 *
 * <h2>Tries</h2>
 * Each property says how many tries it runs ({@value #DEFAULT_TRIES} if it does not);
 * {@code -Dcadre.tries=<n>} overrides that for every property of the run, e.g. {@code -Dcadre.tries=10000}
 * for a long search or {@code -Dcadre.tries=1} with a replayed seed.
 *
 * <h2>Failures</h2>
 * The check fails by throwing (an AssertJ or JUnit assertion, or any exception). The runner then tries the
 * generator's shrink candidates, keeping each that still fails, for at most {@link #maxShrinkSteps(int)}
 * candidates, and throws a {@link PropertyFailure} whose message names the property, the try and its seed,
 * shows the shrunk value (as {@link Generator#describe(Object)} renders it, cut to
 * {@link #maxDescriptionLength(int)} characters) and the replay command; its cause is the original failure.
 *
 * <p>Instances are immutable: each {@code with}-style method returns a new one.
 */
public final class Property {

    /** The system property that sets the base seed: a number, or {@code random}. */
    public static final String SEED_PROPERTY = "cadre.seed";
    /** The system property that overrides the number of tries of every property. */
    public static final String TRIES_PROPERTY = "cadre.tries";
    /** The fixed seed that base seeds are derived from when {@value #SEED_PROPERTY} is unset. */
    public static final long DEFAULT_SEED = 0x2026_1126_CAD2EL;
    /** Tries per property when it does not say. */
    public static final int DEFAULT_TRIES = 200;
    /** Shrink candidates tried at most per failure. */
    public static final int DEFAULT_MAX_SHRINK_STEPS = 1_000;
    /** Characters of a value shown at most in a failure message. */
    public static final int DEFAULT_MAX_DESCRIPTION_LENGTH = 2_000;

    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate");

    private final String name;
    private final int tries;
    private final int maxShrinkSteps;
    private final int maxDescriptionLength;
    private final Map<String, String> configuration;

    private Property(String name, int tries, int maxShrinkSteps, int maxDescriptionLength,
                     Map<String, String> configuration) {
        this.name = name;
        this.tries = tries;
        this.maxShrinkSteps = maxShrinkSteps;
        this.maxDescriptionLength = maxDescriptionLength;
        this.configuration = configuration;
    }

    /** A property with the given name, {@value #DEFAULT_TRIES} tries and the other defaults. */
    public static Property named(String name) {
        Objects.requireNonNull(name, "name");
        return new Property(name, DEFAULT_TRIES, DEFAULT_MAX_SHRINK_STEPS, DEFAULT_MAX_DESCRIPTION_LENGTH, null);
    }

    /**
     * Checks {@code check} against {@code tries} values of {@code generator} (unless {@value #TRIES_PROPERTY}
     * says otherwise).
     *
     * @throws PropertyFailure if the check fails for some value
     */
    public static <T> void forAll(String name, Generator<T> generator, int tries, Consumer<? super T> check) {
        named(name).tries(tries).forAll(generator, check);
    }

    /** Like {@link #forAll(String, Generator, int, Consumer)} with {@value #DEFAULT_TRIES} tries. */
    public static <T> void forAll(String name, Generator<T> generator, Consumer<? super T> check) {
        named(name).forAll(generator, check);
    }

    /**
     * This property with another number of tries; {@value #TRIES_PROPERTY} still overrides it.
     *
     * @throws IllegalArgumentException if {@code newTries < 1}
     */
    public Property tries(int newTries) {
        return new Property(name, positive("tries", newTries), maxShrinkSteps, maxDescriptionLength, configuration);
    }

    /**
     * This property with another limit on the shrink candidates tried after a failure ({@code 0}: no shrinking).
     *
     * @throws IllegalArgumentException if the limit is negative
     */
    public Property maxShrinkSteps(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("maxShrinkSteps must not be negative, got " + limit);
        }
        return new Property(name, tries, limit, maxDescriptionLength, configuration);
    }

    /**
     * This property with another limit on the characters of a value shown in a failure message.
     *
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public Property maxDescriptionLength(int limit) {
        return new Property(name, tries, maxShrinkSteps, positive("maxDescriptionLength", limit), configuration);
    }

    /**
     * This property reading {@value #SEED_PROPERTY} and {@value #TRIES_PROPERTY} from the given map instead
     * of the system properties. For the harness's own tests, which must not depend on how they are run.
     */
    public Property configuredBy(Map<String, String> values) {
        return new Property(name, tries, maxShrinkSteps, maxDescriptionLength, Map.copyOf(values));
    }

    /**
     * Runs the check on values of the generator, one per try.
     *
     * @throws PropertyFailure          if the check throws for some value (after shrinking it)
     * @throws AssertionError           if the generator itself throws (with the seed, to replay it)
     * @throws IllegalArgumentException if {@value #SEED_PROPERTY} or {@value #TRIES_PROPERTY} is malformed
     */
    public <T> void forAll(Generator<T> generator, Consumer<? super T> check) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(check, "check");
        BaseSeed base = baseSeed();
        int count = configuredTries();
        long seed = base.value;
        for (int attempt = 1; attempt <= count; attempt++) {
            T value;
            try {
                value = generator.generate(new RandomSource(seed));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(String.format(Locale.ROOT,
                        "property [%s]: the generator threw on try %d of %d, seed %d\nreplay: %s", name, attempt,
                        count, seed, replayCommand(seed)), e);
            }
            Throwable failure = run(check, value);
            if (failure != null) {
                throw shrinkAndReport(generator, check, value, failure, seed, attempt, count, base);
            }
            seed = next(seed);
        }
        System.out.printf(Locale.ROOT, "property [%s]: %d tries passed (base seed %d, %s)%n", name, count,
                base.value, base.origin);
    }

    private <T> PropertyFailure shrinkAndReport(Generator<T> generator, Consumer<? super T> check, T original,
                                                Throwable originalFailure, long seed, int attempt, int count,
                                                BaseSeed base) {
        T current = original;
        Throwable currentFailure = originalFailure;
        int steps = 0;
        int candidates = 0;
        RuntimeException shrinkerFailure = null;
        try {
            boolean progress = true;
            while (progress && candidates < maxShrinkSteps) {
                progress = false;
                Iterator<T> options = generator.shrink(current).iterator();
                while (candidates < maxShrinkSteps && options.hasNext()) {
                    T candidate = options.next();
                    candidates++;
                    Throwable failure = run(check, candidate);
                    if (failure != null) {
                        current = candidate;
                        currentFailure = failure;
                        steps++;
                        progress = true;
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            shrinkerFailure = e;
        }
        String replay = replayCommand(seed);
        StringBuilder message = new StringBuilder();
        message.append(String.format(Locale.ROOT, "property [%s] failed on try %d of %d, seed %d (base seed %d, %s)\n",
                name, attempt, count, seed, base.value, base.origin));
        if (steps > 0) {
            message.append(String.format(Locale.ROOT,
                    "counter-example, shrunk in %d steps (%d candidates tried):\n", steps, candidates));
        } else {
            message.append(String.format(Locale.ROOT, "counter-example (%s):\n", maxShrinkSteps == 0
                    ? "shrinking is off" : candidates == 0 ? "the generator has no smaller candidates"
                    : "none of " + candidates + " smaller candidates failed"));
        }
        message.append(indent(describe(generator, current))).append("\n");
        message.append("failure: ").append(firstLines(currentFailure)).append("\n");
        if (steps > 0) {
            message.append("value as generated:").append("\n")
                    .append(indent(truncate(describe(generator, original), Math.min(500, maxDescriptionLength))))
                    .append("\n");
        }
        if (shrinkerFailure != null) {
            message.append("shrinking stopped: the shrinker threw ").append(shrinkerFailure)
                    .append("\n");
        }
        message.append("replay: ").append(replay);
        PropertyFailure report = new PropertyFailure(message.toString(), originalFailure, name, seed, attempt,
                original, current, steps, replay);
        if (currentFailure != originalFailure) {
            report.addSuppressed(currentFailure);
        }
        if (shrinkerFailure != null) {
            report.addSuppressed(shrinkerFailure);
        }
        return report;
    }

    private static <T> Throwable run(Consumer<? super T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    private <T> String describe(Generator<T> generator, T value) {
        String text;
        try {
            text = generator.describe(value);
        } catch (RuntimeException e) {
            text = value + " (describing it failed: " + e + ")";
        }
        return truncate(text, maxDescriptionLength);
    }

    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, cut) + String.format(Locale.ROOT, "… [%,d more characters]", text.length() - cut);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    private static String firstLines(Throwable failure) {
        String text = failure.toString();
        return truncate(text, 1_000);
    }

    private record BaseSeed(long value, String origin) {
    }

    private BaseSeed baseSeed() {
        String configured = setting(SEED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return new BaseSeed(mix(DEFAULT_SEED + name.hashCode()) & Long.MAX_VALUE,
                    "the default for this property; -Dcadre.seed=random explores others");
        }
        if (configured.strip().equalsIgnoreCase("random")) {
            return new BaseSeed(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, "random");
        }
        try {
            return new BaseSeed(Long.parseLong(configured.strip()), "from -Dcadre.seed");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number or 'random', got ["
                    + configured + "]", e);
        }
    }

    private int configuredTries() {
        String configured = setting(TRIES_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return tries;
        }
        try {
            return positive(TRIES_PROPERTY, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be a whole number of at least 1, got ["
                    + configured + "]", e);
        }
    }

    private String setting(String key) {
        return configuration == null ? System.getProperty(key) : configuration.get(key);
    }

    private static int positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
        return value;
    }

    /** The seed of the try after the one with {@code seed}. */
    static long next(long seed) {
        return mix(seed + 0x9E3779B97F4A7C15L) & Long.MAX_VALUE;
    }

    /** SplitMix64's finaliser: spreads nearby inputs over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The Maven command that reruns the test method that called this property, from the given seed. */
    private String replayCommand(long seed) {
        Optional<StackWalker.StackFrame> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> {
                    java.util.List<StackWalker.StackFrame> outside = frames
                            .filter(frame -> !isHarness(frame.getDeclaringClass()))
                            .toList();
                    return outside.stream().filter(Property::isTestMethod).findFirst()
                            .or(() -> outside.stream().findFirst());
                });
        StringBuilder command = new StringBuilder("mvn -o -B test");
        caller.flatMap(frame -> module(frame.getDeclaringClass()))
                .ifPresent(module -> command.append(" -pl ").append(module));
        caller.ifPresent(frame -> {
            Class<?> type = frame.getDeclaringClass();
            while (type.getEnclosingClass() != null) {
                type = type.getEnclosingClass();
            }
            command.append(" -Dtest='").append(type.getSimpleName()).append('#').append(frame.getMethodName())
                    .append('\'');
        });
        return command.append(" -D").append(SEED_PROPERTY).append('=').append(seed).toString();
    }

    private static boolean isHarness(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer == Property.class;
    }

    private static boolean isTestMethod(StackWalker.StackFrame frame) {
        return Arrays.stream(frame.getDeclaringClass().getDeclaredMethods())
                .filter(method -> method.getName().equals(frame.getMethodName()))
                .map(Method::getAnnotations)
                .flatMap(Arrays::stream)
                .anyMatch(annotation -> TEST_ANNOTATIONS.contains(annotation.annotationType().getName()));
    }

    /** The Maven module a test class was compiled in: the directory above {@code target/test-classes}. */
    private static Optional<String> module(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return Optional.empty();
        }
        String path = location.getPath();
        String marker = "/target/test-classes";
        int at = path.lastIndexOf(marker);
        if (at <= 0) {
            return Optional.empty();
        }
        String moduleDir = path.substring(0, at);
        return Optional.of(moduleDir.substring(moduleDir.lastIndexOf('/') + 1));
    }
}
