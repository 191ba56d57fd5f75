package org.cadre.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ready-made generators, their shrinkers and the shrinking building blocks. */
class GeneratorsTest {

    private static <T> List<T> sample(Generator<T> generator, int count) {
        RandomSource random = new RandomSource(7);
        return IntStream.range(0, count).mapToObj(i -> generator.generate(random)).toList();
    }

    @Test
    void integersStayInTheirRangeAndReachBothEnds() {
        assertThat(sample(Generators.integers(-3, 3), 500)).allSatisfy(n -> assertThat(n).isBetween(-3, 3))
                .contains(-3, 3);
        assertThat(sample(Generators.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), 100)).doesNotHaveDuplicates();
        assertThat(sample(Generators.integers(5, 5), 10)).containsOnly(5);
        assertThatThrownBy(() -> Generators.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integersShrinkTowardsTheNumberOfTheRangeNearestZeroWithoutLeavingTheRange() {
        assertThat(Generators.integers(0, 1000).shrink(100)).containsExactly(0, 50, 75, 88, 94, 97, 99);
        assertThat(Generators.integers(10, 1000).shrink(100)).first().isEqualTo(10);
        assertThat(Generators.integers(-1000, -10).shrink(-100)).first().isEqualTo(-10);
        assertThat(Generators.integers(-1000, 1000).shrink(-7)).first().isEqualTo(0);
        assertThat(Generators.integers(10, 1000).shrink(10)).isEmpty();
        assertThat(Generators.integers(Integer.MIN_VALUE, Integer.MAX_VALUE).shrink(Integer.MIN_VALUE))
                .first().isEqualTo(0);
    }

    @Test
    void choicesCoverEveryOptionAndShrinkTowardsTheFirst() {
        Generator<String> colours = Generators.choose(List.of("red", "green", "blue"));
        assertThat(sample(colours, 100)).containsOnly("red", "green", "blue").contains("red", "green", "blue");
        assertThat(colours.shrink("blue")).containsExactly("red", "green");
        assertThat(colours.shrink("red")).isEmpty();
        assertThat(Generators.booleans().shrink(true)).containsExactly(false);
        assertThat(Generators.booleans().shrink(false)).isEmpty();
    }

    @Test
    void listsHaveSizesInTheirRangeAndNeverShrinkBelowTheMinimum() {
        Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 9), 2, 5);
        assertThat(sample(lists, 200)).allSatisfy(list -> assertThat(list).hasSizeBetween(2, 5))
                .anySatisfy(list -> assertThat(list).hasSize(2)).anySatisfy(list -> assertThat(list).hasSize(5));
        assertThat(lists.shrink(List.of(3, 4, 5, 6)))
                .allSatisfy(list -> assertThat(list).hasSizeGreaterThanOrEqualTo(2))
                .first().isEqualTo(List.of(3, 4));
        assertThat(lists.shrink(List.of(0, 0))).isEmpty();
    }

    @Test
    void removalsTryTheShortestListsFirst() {
        assertThat(Shrinking.removals(List.of(1, 2, 3, 4), 1)).containsExactly(List.of(1), List.of(3, 4),
                List.of(1, 2), List.of(2, 3, 4), List.of(1, 3, 4), List.of(1, 2, 4), List.of(1, 2, 3));
        assertThat(Shrinking.removals(List.of(1), 0)).containsExactly(List.of());
        assertThat(Shrinking.removals(List.of(1, 2), 2)).isEmpty();
    }

    @Test
    void stringsUseOnlyTheirAlphabetIncludingSurrogatePairs() {
        String alphabet = "ab\uD83D\uDE00";
        Generator<String> strings = Generators.strings(alphabet, 1, 6);
        Set<Integer> allowed = new HashSet<>(alphabet.codePoints().boxed().toList());
        assertThat(sample(strings, 300)).allSatisfy(text -> {
            assertThat(text.codePointCount(0, text.length())).isBetween(1, 6);
            assertThat(text.codePoints().boxed().toList()).allMatch(allowed::contains);
        }).anySatisfy(text -> assertThat(text).contains("\uD83D\uDE00"));
        assertThat(strings.shrink("b\uD83D\uDE00")).contains("b", "\uD83D\uDE00", "a\uD83D\uDE00", "ba")
                .allSatisfy(text -> assertThat(text.codePointCount(0, text.length())).isBetween(1, 2));
    }

    @Test
    void filteredGeneratorsKeepOnlyAcceptedValuesAndCandidates() {
        Generator<Integer> even = Generators.integers(0, 100).filter(n -> n % 2 == 0);
        assertThat(sample(even, 100)).allMatch(n -> n % 2 == 0);
        assertThat(even.shrink(64)).allMatch(n -> n % 2 == 0).contains(0, 32);
        Generator<Integer> never = Generators.integers(0, 10).filter(n -> n > 10);
        assertThatThrownBy(() -> never.generate(new RandomSource(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mappedGeneratorsDoNotShrinkUnlessGivenAShrinker() {
        Generator<String> texts = Generators.integers(0, 100).map(n -> "#" + n);
        assertThat(texts.shrink("#50")).isEmpty();
        Generator<String> shrinking = texts.withShrinker(text -> text.length() > 1 ? Stream.of("#") : Stream.empty());
        assertThat(shrinking.shrink("#50")).containsExactly("#");
    }

    @Test
    void aRandomSourceIsDeterministicAndItsRangesAreInclusive() {
        RandomSource first = new RandomSource(99);
        RandomSource second = new RandomSource(99);
        for (int i = 0; i < 100; i++) {
            assertThat(first.between(-5, 5)).isEqualTo(second.between(-5, 5));
        }
        RandomSource random = new RandomSource(1);
        assertThat(IntStream.range(0, 200).map(i -> random.between(0, 1)).boxed().toList()).contains(0, 1);
        assertThat(random.between(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isBetween(Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<Integer> items = List.of(1, 2, 3, 4, 5);
        assertThat(new RandomSource(3).shuffled(items)).isEqualTo(new RandomSource(3).shuffled(items))
                .containsExactlyInAnyOrderElementsOf(items);
        assertThat(new RandomSource(3).subset(List.of(1, 2, 3, 4, 5), 1.0)).containsExactly(1, 2, 3, 4, 5);
        assertThat(new RandomSource(3).subset(List.of(1, 2, 3, 4, 5), 0.0)).isEmpty();
        assertThatThrownBy(() -> random.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
