package org.cadre.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The property runner: tries, seeds, replay, shrinking and the failure report. */
class PropertyTest {

    /** No system properties: these tests must behave the same however the build is run. */
    private static final Map<String, String> DEFAULTS = Map.of();

    private static Property property(String name) {
        return Property.named(name).configuredBy(DEFAULTS);
    }

    @Test
    void aPassingPropertyRunsExactlyItsNumberOfTries() {
        AtomicInteger runs = new AtomicInteger();
        property("counts").tries(37).forAll(Generators.integers(0, 10), value -> runs.incrementAndGet());
        assertThat(runs).hasValue(37);
    }

    @Test
    void aPassingPropertyRunsTheDefaultNumberOfTriesWhenItSaysNothing() {
        AtomicInteger runs = new AtomicInteger();
        property("counts").forAll(Generators.integers(0, 10), value -> runs.incrementAndGet());
        assertThat(runs).hasValue(Property.DEFAULT_TRIES);
    }

    @Test
    void theTriesSettingOverridesTheTriesOfTheProperty() {
        AtomicInteger runs = new AtomicInteger();
        Property.named("counts").configuredBy(Map.of(Property.TRIES_PROPERTY, "5")).tries(300)
                .forAll(Generators.integers(0, 10), value -> runs.incrementAndGet());
        assertThat(runs).hasValue(5);
    }

    @Test
    void malformedSettingsAreRefusedWithTheirName() {
        Generator<Integer> any = Generators.integers(0, 1);
        assertThatThrownBy(() -> Property.named("p").configuredBy(Map.of(Property.TRIES_PROPERTY, "many"))
                .forAll(any, value -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cadre.tries").hasMessageContaining("many");
        assertThatThrownBy(() -> Property.named("p").configuredBy(Map.of(Property.TRIES_PROPERTY, "0"))
                .forAll(any, value -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cadre.tries");
        assertThatThrownBy(() -> Property.named("p").configuredBy(Map.of(Property.SEED_PROPERTY, "0x12"))
                .forAll(any, value -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cadre.seed").hasMessageContaining("0x12");
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        Generator<List<Integer>> lists = Generators.lists(Generators.integers(-1000, 1000), 0, 20);
        for (long seed : new long[] {0, 1, 42, Long.MAX_VALUE}) {
            assertThat(lists.generate(new RandomSource(seed))).isEqualTo(lists.generate(new RandomSource(seed)));
        }
        assertThat(seen("p", Map.of())).isEqualTo(seen("p", Map.of()));
        Map<String, String> seed77 = Map.of(Property.SEED_PROPERTY, "77");
        assertThat(seen("p", seed77)).isEqualTo(seen("p", seed77));
    }

    @Test
    void differentSeedsAndDifferentPropertiesSeeDifferentValues() {
        assertThat(seen("p", Map.of(Property.SEED_PROPERTY, "1")))
                .isNotEqualTo(seen("p", Map.of(Property.SEED_PROPERTY, "2")));
        assertThat(seen("p", Map.of())).isNotEqualTo(seen("q", Map.of()));
        assertThat(seen("p", Map.of(Property.SEED_PROPERTY, "random")))
                .isNotEqualTo(seen("p", Map.of(Property.SEED_PROPERTY, "random")));
    }

    @Test
    void eachTryHasItsOwnSeed() {
        List<Long> seeds = new ArrayList<>();
        property("seeds").tries(100).forAll(RandomSource::nextLong, seeds::add);
        assertThat(seeds).doesNotHaveDuplicates().hasSize(100);
    }

    @Test
    void aFailureReportsTheTrySeedAndReplayingThatSeedGivesTheSameValueFirst() {
        Generator<Integer> numbers = Generators.integers(0, 1_000_000).withoutShrinking();
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("small numbers")
                .tries(1_000).forAll(numbers, value -> assertThat(value).isLessThan(900_000)));

        assertThat(failure.tryNumber()).isGreaterThan(1);
        assertThat((Integer) failure.originalValue()).isGreaterThanOrEqualTo(900_000);
        assertThat(failure.getMessage())
                .contains("property [small numbers] failed on try " + failure.tryNumber() + " of 1000")
                .contains("seed " + failure.seed())
                .contains(String.valueOf(failure.originalValue()))
                .contains("replay: mvn -o -B test -pl framework-core"
                        + " -Dtest='PropertyTest#aFailureReportsTheTrySeedAndReplayingThatSeedGivesTheSameValueFirst'"
                        + " -Dcadre.seed=" + failure.seed());
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class)
                .hasMessageContaining(String.valueOf(failure.originalValue()));

        List<Integer> replayed = new ArrayList<>();
        PropertyFailure again = catchThrowableOfType(PropertyFailure.class, () ->
                Property.named("small numbers")
                        .configuredBy(Map.of(Property.SEED_PROPERTY, Long.toString(failure.seed())))
                        .tries(1_000).forAll(numbers, value -> {
                            replayed.add(value);
                            assertThat(value).isLessThan(900_000);
                        }));
        assertThat(replayed).containsExactly((Integer) failure.originalValue());
        assertThat(again.tryNumber()).isEqualTo(1);
        assertThat(again.seed()).isEqualTo(failure.seed());
        assertThat(again.shrunkValue()).isEqualTo(failure.shrunkValue());
    }

    @Test
    void aFailingIntegerShrinksToTheSmallestCounterExample() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("below 137")
                .tries(1_000).forAll(Generators.integers(0, 1_000_000), value -> assertThat(value).isLessThan(137)));
        assertThat(failure.shrunkValue()).isEqualTo(137);
        assertThat(failure.shrinkSteps()).isPositive();
        assertThat(failure.getMessage()).contains("counter-example, shrunk in " + failure.shrinkSteps() + " steps")
                .contains("\n  137\n");
    }

    @Test
    void negativeNumbersShrinkTowardsZeroFromBelow() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("above -50")
                .tries(1_000).forAll(Generators.integers(-1_000_000, -1),
                        value -> assertThat(value).isGreaterThan(-50)));
        assertThat(failure.shrunkValue()).isEqualTo(-50);
    }

    @Test
    void aFailingListShrinksToTheSmallestCounterExample() {
        Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 0, 30);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("no big element")
                .tries(1_000).forAll(lists, list -> assertThat(list).allMatch(element -> element < 500)));
        assertThat(failure.shrunkValue()).isEqualTo(List.of(500));
        assertThat((List<?>) failure.originalValue()).hasSizeGreaterThan(1);
    }

    @Test
    void aListThatFailsBySizeShrinksToTheShortestListOfSimplestElements() {
        Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 1, 30);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("short lists")
                .tries(1_000).forAll(lists, list -> assertThat(list).hasSizeLessThan(4)));
        assertThat(failure.shrunkValue()).isEqualTo(List.of(0, 0, 0, 0));
    }

    @Test
    void aStringShrinksToTheShortestSimplestCounterExample() {
        Generator<String> strings = Generators.strings("abcxyz", 0, 40);
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("no z")
                .tries(1_000).forAll(strings, text -> assertThat(text).doesNotContain("z")));
        assertThat(failure.shrunkValue()).isEqualTo("z");
    }

    @Test
    void shrinkingStopsAfterItsStepLimit() {
        AtomicInteger checks = new AtomicInteger();
        Generator<Integer> endless = Generators.constant(1)
                .withShrinker(value -> Stream.iterate(value + 1, n -> n + 1));
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("always fails")
                .tries(10).maxShrinkSteps(25).forAll(endless, value -> {
                    checks.incrementAndGet();
                    throw new IllegalStateException("fails for " + value);
                }));
        assertThat(checks).hasValue(1 + 25);
        assertThat(failure.shrinkSteps()).isEqualTo(25);
        assertThat(failure.shrunkValue()).isEqualTo(26);
    }

    @Test
    void withoutShrinkingTheGeneratedValueIsReported() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("no shrinking")
                .maxShrinkSteps(0).forAll(Generators.integers(100, 200), value -> assertThat(value).isLessThan(100)));
        assertThat(failure.shrunkValue()).isEqualTo(failure.originalValue());
        assertThat(failure.getMessage()).contains("shrinking is off");
    }

    @Test
    void theOriginalFailureIsTheCauseAndADifferentShrunkFailureIsAttached() {
        Generator<Integer> numbers = Generators.constant(500).withShrinker(value -> Shrinking.towards(value, 10));
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("two failures")
                .forAll(numbers, value -> {
                    if (value < 20) {
                        throw new IllegalArgumentException("small " + value);
                    }
                    throw new IllegalStateException("large " + value);
                }));
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.shrunkValue()).isEqualTo(10);
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(failure.getMessage()).contains("failure: java.lang.IllegalArgumentException: small 10");
    }

    @Test
    void longValuesAreCutInTheMessage() {
        Generator<String> huge = Generators.constant("x".repeat(10_000));
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("huge")
                .maxDescriptionLength(100).forAll(huge, text -> {
                    throw new AssertionError("too long");
                }));
        assertThat(failure.getMessage()).contains("x".repeat(100) + "… [9,900 more characters]")
                .doesNotContain("x".repeat(101));
        assertThat(Property.truncate("ab\uD83D\uDE00cd", 3)).isEqualTo("ab… [4 more characters]");
    }

    @Test
    void aGeneratorThatThrowsIsReportedWithItsSeed() {
        Generator<Integer> broken = random -> {
            throw new IllegalStateException("broken generator");
        };
        assertThatThrownBy(() -> property("broken").forAll(broken, value -> { }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property [broken]: the generator threw on try 1")
                .hasMessageContaining("-Dcadre.seed=")
                .hasRootCauseMessage("broken generator");
    }

    @Test
    void theDescriptionOfTheGeneratorIsUsedInTheReport() {
        Generator<Integer> numbers = Generators.integers(0, 10).describedBy(value -> "<<" + value + ">>");
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> property("described")
                .forAll(numbers, value -> assertThat(value).isNegative()));
        assertThat(failure.getMessage()).contains("\n  <<0>>\n");
    }

    private static List<Integer> seen(String name, Map<String, String> configuration) {
        List<Integer> values = new ArrayList<>();
        Property.named(name).configuredBy(configuration).tries(50)
                .forAll(Generators.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), values::add);
        return values;
    }
}
