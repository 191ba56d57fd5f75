package org.cadre.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Building blocks for shrinkers: smaller numbers, shorter lists, lists with one element shrunk. Every
 * stream is lazy, so the runner pays only for the candidates it tries.
 */
public final class Shrinking {

    private Shrinking() {
    }

    /**
     * Numbers between {@code value} and {@code target}, nearest the target first: the target itself, then
     * halfway, three quarters of the way back, … and finally {@code value} moved one step towards it.
     * Empty when {@code value == target}.
     */
    public static Stream<Integer> towards(int value, int target) {
        if (value == target) {
            return Stream.empty();
        }
        long distance = (long) value - target;
        return Stream.iterate(distance, gap -> gap != 0, gap -> gap / 2)
                .map(gap -> (int) (value - gap))
                .distinct();
    }

    /**
     * The list without some of its elements, never shorter than {@code minSize}: first without its whole
     * tail down to {@code minSize}, then without each run of half its length, a quarter, … down to each
     * single element.
     */
    public static <T> Stream<List<T>> removals(List<T> list, int minSize) {
        int size = list.size();
        if (size <= minSize) {
            return Stream.empty();
        }
        Stream<List<T>> toMinimum = Stream.of(List.copyOf(list.subList(0, minSize)));
        Stream<List<T>> chunks = Stream.iterate(size / 2, chunk -> chunk >= 1, chunk -> chunk / 2)
                .filter(chunk -> size - chunk >= minSize)
                .flatMap(chunk -> IntStream.iterate(0, start -> start + chunk <= size, start -> start + chunk)
                        .mapToObj(start -> without(list, start, start + chunk)));
        return Stream.concat(toMinimum, chunks).filter(candidate -> candidate.size() < size).distinct();
    }

    /** The list with one element replaced by one of its shrink candidates, for each element in turn. */
    public static <T> Stream<List<T>> elementwise(List<T> list,
                                                  Function<? super T, ? extends Stream<? extends T>> shrinker) {
        return IntStream.range(0, list.size()).boxed().flatMap(index -> shrinker.apply(list.get(index))
                .map(candidate -> {
                    List<T> copy = new ArrayList<>(list);
                    copy.set(index, candidate);
                    return List.copyOf(copy);
                }));
    }

    private static <T> List<T> without(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list.subList(0, from));
        copy.addAll(list.subList(to, list.size()));
        return List.copyOf(copy);
    }
}
