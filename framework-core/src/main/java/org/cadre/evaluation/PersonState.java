package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Level;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;

/**
 * A person's record as a compiled framework sees it at an as-of date: one level per competency, found by
 * the framework's {@link RatingPolicy} (or unknown), and the evidence, programmes and facts. Build one with
 * {@link CompiledFramework#state(Person, LocalDate)} and evaluate any number of rules against it.
 * Immutable and thread-safe.
 */
public final class PersonState {

    private final CompiledFramework compiled;
    private final Person person;
    private final LocalDate asOf;
    /** Competency index to the position of its level on its scale (0 is the lowest), or -1 when unknown. */
    private final int[] positions;
    private final Map<String, List<ProgrammeRecord>> programmes;

    PersonState(CompiledFramework compiled, Person person, LocalDate asOf) {
        this.compiled = compiled;
        this.person = person;
        this.asOf = asOf;
        this.positions = new int[compiled.size()];
        java.util.Arrays.fill(positions, -1);
        Map<Integer, List<Rating>> byCompetency = new HashMap<>();
        for (Rating rating : person.ratings()) {
            int index = compiled.index(rating.competency());
            if (index >= 0) {
                byCompetency.computeIfAbsent(index, key -> new ArrayList<>()).add(rating);
            }
        }
        byCompetency.forEach((index, ratings) -> positions[index] = aggregate(compiled, index, ratings, asOf));
        Map<String, List<ProgrammeRecord>> records = new HashMap<>();
        for (ProgrammeRecord record : person.programmes()) {
            records.computeIfAbsent(record.programme(), key -> new ArrayList<>()).add(record);
        }
        this.programmes = records;
    }

    /**
     * The position (0 = lowest level) that the ratings of one competency give under the policy, or -1.
     * Follows the steps documented on {@link RatingPolicy}.
     */
    static int aggregate(CompiledFramework compiled, int index, List<Rating> ratings, LocalDate asOf) {
        RatingPolicy policy = compiled.framework().ratingPolicy();
        LocalDate oldest = policy.validityMonths().map(asOf::minusMonths).orElse(LocalDate.MIN);
        // The latest rating of each rater; a rating without a rater id is a rater of its own.
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
            case MEAN -> {
                long sum = 0;
                for (int position : sorted) {
                    sum += position;
                }
                yield (int) Math.floorDiv(sum, sorted.size());
            }
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

    /** The person. */
    public Person person() {
        return person;
    }

    /** The date the record is judged at. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The level a competency is at, under the rating policy; empty when unknown or not a competency. */
    public Optional<Level> level(String competencyId) {
        int index = compiled.index(competencyId);
        if (index < 0 || positions[index] < 0) {
            return Optional.empty();
        }
        return Optional.of(compiled.levels(index).get(positions[index]));
    }

    int position(int index) {
        return positions[index];
    }

    List<ProgrammeRecord> programmes(String programmeId) {
        return programmes.getOrDefault(programmeId, List.of());
    }

    List<Evidence> evidence() {
        return person.evidence();
    }

    Optional<BigDecimal> number(String fact) {
        return Optional.ofNullable(person.numbers().get(fact));
    }

    Optional<String> string(String fact) {
        return Optional.ofNullable(person.strings().get(fact));
    }

    /** Only the person's id and the date: a record is personal data. */
    @Override
    public String toString() {
        return "PersonState[" + person.id() + " at " + asOf + "]";
    }
}
