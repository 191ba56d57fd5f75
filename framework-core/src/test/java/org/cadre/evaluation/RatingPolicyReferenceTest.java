package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.RatingPolicy.Aggregation;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.cadre.testing.Generator;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The array-based rating policy of {@link PersonState} gives the same level as a plain, map-based reading of
 * the policy's steps (the first implementation, kept here as the reference), for random records: several
 * competencies, sources, repeated raters, raters without ids, ratings on the same day, out of the window,
 * after the as-of date, and levels not on the scale; under every aggregation, with and without a window.
 */
class RatingPolicyReferenceTest {

    private static final List<String> COMPETENCIES = List.of("people", "team", "care", "inclusion", "unknown-id");
    private static final List<String> LEVELS = List.of("essential", "proficient", "strong", "exemplary", "nope");

    private record Case(Aggregation aggregation, Optional<Integer> window, Person person) {
    }

    private static final Generator<Case> CASES = new Generator<>() {
        @Override
        public Case generate(RandomSource random) {
            Aggregation aggregation = random.pick(List.of(Aggregation.values()));
            Optional<Integer> window = random.nextBoolean() ? Optional.of(random.between(1, 48)) : Optional.empty();
            Person.Builder person = Person.builder("p");
            int ratings = random.between(0, 30);
            for (int i = 0; i < ratings; i++) {
                RaterSource source = random.pick(List.of(RaterSource.values()));
                Optional<String> rater = random.chance(0.2) ? Optional.empty()
                        : Optional.of("r" + random.between(0, 4));
                LocalDate date = TestFramework.AS_OF.minusDays(random.between(-40, 1800) / 30 * 30L);
                person.rating(new Rating(random.pick(COMPETENCIES), random.pick(LEVELS), source, rater, date));
            }
            return new Case(aggregation, window, person.build());
        }
    };

    @Test
    void arrayAggregationEqualsTheReferenceOnRandomRecords() {
        int[] compared = {0};
        Property.forAll("rating policy equals reference", CASES, 500, sample -> {
            Map<RaterSource, RatingPolicy.SourcePolicy> sources = new EnumMap<>(RaterSource.class);
            sources.put(RaterSource.MANAGER, new RatingPolicy.SourcePolicy(1));
            sources.put(RaterSource.ASSESSOR, new RatingPolicy.SourcePolicy(1));
            sources.put(RaterSource.PEER, new RatingPolicy.SourcePolicy(2));
            sources.put(RaterSource.DIRECT_REPORT, new RatingPolicy.SourcePolicy(3));
            CompiledFramework compiled = CompiledFramework.compile(TestFramework.framework(
                    new RatingPolicy(sources, sample.aggregation(), sample.window())));
            PersonState state = compiled.state(sample.person(), TestFramework.AS_OF);
            for (String competency : COMPETENCIES) {
                int index = compiled.index(competency);
                if (index < 0) {
                    continue;
                }
                List<Rating> ratings = sample.person().ratings().stream()
                        .filter(rating -> rating.competency().equals(competency)).toList();
                int expected = ratings.isEmpty() ? -1 : reference(compiled, index, ratings, TestFramework.AS_OF);
                assertThat(state.position(index)).as(competency + " " + sample).isEqualTo(expected);
                compared[0]++;
            }
        });
        assertThat(compared[0]).isGreaterThan(500);
    }

    /** The policy's steps with maps and lists, as first written. */
    static int reference(CompiledFramework compiled, int index, List<Rating> ratings, LocalDate asOf) {
        RatingPolicy policy = compiled.framework().ratingPolicy();
        LocalDate oldest = policy.validityMonths().map(asOf::minusMonths).orElse(LocalDate.MIN);
        Map<String, Rating> latest = new HashMap<>();
        Map<String, Integer> latestPosition = new HashMap<>();
        int anonymous = 0;
        for (Rating rating : ratings) {
            int position = compiled.position(index, rating.level());
            if (position < 0 || !policy.counts(rating.source()) || rating.date().isAfter(asOf)
                    || rating.date().isBefore(oldest)) {
                continue;
            }
            String rater = rating.source().name() + ":" + rating.rater().orElse("#" + anonymous++);
            Rating previous = latest.get(rater);
            if (previous == null || rating.date().isAfter(previous.date())
                    || (rating.date().equals(previous.date()) && position < latestPosition.get(rater))) {
                latest.put(rater, rating);
                latestPosition.put(rater, position);
            }
        }
        Map<RaterSource, Integer> raters = new HashMap<>();
        latest.values().forEach(rating -> raters.merge(rating.source(), 1, Integer::sum));
        List<Rating> counted = new ArrayList<>();
        List<Integer> counting = new ArrayList<>();
        latest.forEach((rater, rating) -> {
            if (raters.get(rating.source()) >= policy.sources().get(rating.source()).minRaters()) {
                counted.add(rating);
                counting.add(latestPosition.get(rater));
            }
        });
        if (counting.isEmpty()) {
            return -1;
        }
        List<Integer> sorted = new ArrayList<>(counting);
        sorted.sort(Comparator.naturalOrder());
        return switch (policy.aggregation()) {
            case MEDIAN -> sorted.get((sorted.size() - 1) / 2);
            case MINIMUM -> sorted.get(0);
            case MEAN -> (int) Math.floorDiv(sorted.stream().mapToLong(Integer::longValue).sum(), sorted.size());
            case LATEST -> {
                int best = 0;
                for (int i = 1; i < counted.size(); i++) {
                    Rating candidate = counted.get(i);
                    Rating current = counted.get(best);
                    if (candidate.date().isAfter(current.date()) || (candidate.date().equals(current.date())
                            && counting.get(i) < counting.get(best))) {
                        best = i;
                    }
                }
                yield counting.get(best);
            }
        };
    }
}
