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
import org.cadre.person.ProgrammeState;
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
    private final long asOfDay;
    /** Per item of evidence, in order: its epoch day and its competency's index (-1: not in the framework). */
    private final long[] evidenceDays;
    private final int[] evidenceCompetencies;
    /** Bit i: programme i completed by the as-of date. */
    private final long[] completed;
    /** Per item of evidence: its kind's id in the compiled framework, and its source's ordinal (-1: none). */
    private final int[] evidenceKinds;
    private final int[] evidenceSources;
    /** Declared facts by index ({@code null}: not recorded). */
    private final BigDecimal[] numbers;
    private final String[] strings;
    /** The number facts as the nearest {@code double} (NaN: not recorded), for a quick first comparison. */
    private final double[] approximateNumbers;
    /** The string facts as value ids in the compiled framework; -1 when not recorded. */
    private final int[] stringIds;

    PersonState(CompiledFramework compiled, Person person, LocalDate asOf) {
        this.compiled = compiled;
        this.person = person;
        this.asOf = asOf;
        this.positions = new int[compiled.size()];
        java.util.Arrays.fill(positions, -1);
        List<Rating> ratings = person.ratings();
        if (!ratings.isEmpty()) {
            aggregateAll(compiled, ratings, asOf, positions);
        }
        this.completed = new long[(compiled.programmeCount() + 63) / 64];
        for (ProgrammeRecord record : person.programmes()) {
            int index = compiled.programmeIndex(record.programme());
            if (index >= 0 && record.state() == ProgrammeState.COMPLETED
                    && (record.end().isEmpty() || !record.end().get().isAfter(asOf))) {
                completed[index >>> 6] |= 1L << index;
            }
        }
        this.asOfDay = asOf.toEpochDay();
        List<Evidence> evidence = person.evidence();
        this.evidenceDays = new long[evidence.size()];
        this.evidenceCompetencies = new int[evidence.size()];
        this.evidenceKinds = new int[evidence.size()];
        this.evidenceSources = new int[evidence.size()];
        boolean kinds = compiled.hasEvidenceKinds();
        for (int i = 0; i < evidenceDays.length; i++) {
            Evidence item = evidence.get(i);
            evidenceDays[i] = item.date().toEpochDay();
            evidenceCompetencies[i] = compiled.index(item.competency());
            evidenceKinds[i] = kinds ? compiled.evidenceKindId(item.kind(), false) : CompiledFramework.OTHER_VALUE;
            evidenceSources[i] = item.source().isPresent() ? item.source().get().ordinal() : -1;
        }
        int facts = compiled.factCount();
        this.numbers = new BigDecimal[facts];
        this.approximateNumbers = new double[facts];
        java.util.Arrays.fill(approximateNumbers, Double.NaN);
        person.numbers().forEach((name, value) -> {
            int index = compiled.factIndex(name);
            if (index >= 0) {
                numbers[index] = value;
                approximateNumbers[index] = value.doubleValue();
            }
        });
        this.strings = new String[facts];
        this.stringIds = new int[facts];
        java.util.Arrays.fill(stringIds, -1);
        person.strings().forEach((name, value) -> {
            int index = compiled.factIndex(name);
            if (index >= 0) {
                strings[index] = value;
                stringIds[index] = compiled.stringValueId(index, value, false);
            }
        });
    }

    /** Whether the person completed programme {@code index} by the as-of date (a completed record, not ending later). */
    boolean completed(int index) {
        return (completed[index >>> 6] & (1L << index)) != 0;
    }

    long asOfDay() {
        return asOfDay;
    }

    long evidenceDay(int item) {
        return evidenceDays[item];
    }

    int evidenceCompetency(int item) {
        return evidenceCompetencies[item];
    }

    /** The evidence kind id of item {@code item} ({@link CompiledFramework#OTHER_VALUE}: a kind no rule names). */
    int evidenceKind(int item) {
        return evidenceKinds[item];
    }

    /** The rater source ordinal of item {@code item}, or -1 when it has none. */
    int evidenceSource(int item) {
        return evidenceSources[item];
    }

    /** The number of items of evidence. */
    int evidenceCount() {
        return evidenceDays.length;
    }

    /**
     * Declared number fact {@code index} as the nearest {@code double}, or NaN when not recorded. Rounding
     * keeps order (a smaller number never rounds above a larger one), so two different approximations
     * compare as the exact numbers do; equal ones need the exact {@link #number(int)}.
     */
    double approximateNumber(int index) {
        return approximateNumbers[index];
    }

    /** Declared string fact {@code index} as its value id, -1 when not recorded. */
    int stringId(int index) {
        return stringIds[index];
    }

    /** Declared number fact {@code index}, or {@code null} when not recorded. */
    BigDecimal number(int index) {
        return numbers[index];
    }

    /** Declared string fact {@code index}, or {@code null} when not recorded. */
    String string(int index) {
        return strings[index];
    }

    /**
     * Every rated competency's position under the policy, into {@code out}: the ratings grouped by competency
     * (a sort of packed competency index and rating number), then each group aggregated with
     * {@link Aggregator}, over plain arrays. Follows the steps documented on {@link RatingPolicy}.
     */
    private static void aggregateAll(CompiledFramework compiled, List<Rating> ratings, LocalDate asOf, int[] out) {
        int n = ratings.size();
        long[] order = new long[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int index = compiled.index(ratings.get(i).competency());
            if (index >= 0) {
                order[kept++] = ((long) index << 32) | i;
            }
        }
        java.util.Arrays.sort(order, 0, kept);
        Aggregator aggregator = new Aggregator(compiled, asOf, n);
        int from = 0;
        while (from < kept) {
            int index = (int) (order[from] >>> 32);
            int to = from + 1;
            while (to < kept && (int) (order[to] >>> 32) == index) {
                to++;
            }
            out[index] = aggregator.aggregate(ratings, index, order, from, to);
            from = to;
        }
    }

    /** The rating policy over one competency's ratings at a time, with scratch arrays reused between them. */
    private static final class Aggregator {
        private final CompiledFramework compiled;
        private final int[] minRaters;
        private final RatingPolicy.Aggregation aggregation;
        private final long asOfDay;
        private final long oldestDay;
        private final int[] raterSource;
        private final String[] raterId;
        private final long[] raterDay;
        private final int[] raterPosition;
        private final int[] perSource = new int[RaterSource.values().length];

        Aggregator(CompiledFramework compiled, LocalDate asOf, int most) {
            this.compiled = compiled;
            RatingPolicy policy = compiled.framework().ratingPolicy();
            this.minRaters = compiled.minRaters();
            this.aggregation = policy.aggregation();
            this.asOfDay = asOf.toEpochDay();
            this.oldestDay = policy.validityMonths().map(months -> asOf.minusMonths(months).toEpochDay())
                    .orElse(Long.MIN_VALUE);
            this.raterSource = new int[most];
            this.raterId = new String[most];
            this.raterDay = new long[most];
            this.raterPosition = new int[most];
        }

        /** The position of competency {@code index} from the ratings numbered {@code order[from..to)}, or -1. */
        int aggregate(List<Rating> ratings, int index, long[] order, int from, int to) {
            // The latest rating of each rater (the lower level on a tie); a rating without a rater id is a
            // rater of its own.
            int raters = 0;
            for (int k = from; k < to; k++) {
                Rating rating = ratings.get((int) order[k]);
                int source = rating.source().ordinal();
                long day = rating.date().toEpochDay();
                if (minRaters[source] == 0 || day > asOfDay || day < oldestDay) {
                    continue;
                }
                int position = compiled.position(index, rating.level());
                if (position < 0) {
                    continue;
                }
                String rater = rating.rater().orElse(null);
                int found = -1;
                if (rater != null) {
                    for (int j = 0; j < raters; j++) {
                        if (raterSource[j] == source && rater.equals(raterId[j])) {
                            found = j;
                            break;
                        }
                    }
                }
                if (found < 0) {
                    raterSource[raters] = source;
                    raterId[raters] = rater;
                    raterDay[raters] = day;
                    raterPosition[raters] = position;
                    raters++;
                } else if (day > raterDay[found] || (day == raterDay[found] && position < raterPosition[found])) {
                    raterDay[found] = day;
                    raterPosition[found] = position;
                }
            }
            // Sources with fewer raters than their minimum do not count; the rest are compacted in place.
            java.util.Arrays.fill(perSource, 0);
            for (int j = 0; j < raters; j++) {
                perSource[raterSource[j]]++;
            }
            int counted = 0;
            for (int j = 0; j < raters; j++) {
                if (perSource[raterSource[j]] >= minRaters[raterSource[j]]) {
                    raterDay[counted] = raterDay[j];
                    raterPosition[counted] = raterPosition[j];
                    counted++;
                }
            }
            java.util.Arrays.fill(raterId, 0, raters, null);
            if (counted == 0) {
                return -1;
            }
            return switch (aggregation) {
                case MEDIAN -> {
                    // Insertion sort: a competency has a handful of raters.
                    for (int j = 1; j < counted; j++) {
                        int value = raterPosition[j];
                        int k = j;
                        while (k > 0 && raterPosition[k - 1] > value) {
                            raterPosition[k] = raterPosition[k - 1];
                            k--;
                        }
                        raterPosition[k] = value;
                    }
                    yield raterPosition[(counted - 1) / 2];
                }
                case MINIMUM -> {
                    int minimum = raterPosition[0];
                    for (int j = 1; j < counted; j++) {
                        minimum = Math.min(minimum, raterPosition[j]);
                    }
                    yield minimum;
                }
                case MEAN -> {
                    long sum = 0;
                    for (int j = 0; j < counted; j++) {
                        sum += raterPosition[j];
                    }
                    yield (int) Math.floorDiv(sum, counted);
                }
                case LATEST -> {
                    int best = 0;
                    for (int j = 1; j < counted; j++) {
                        if (raterDay[j] > raterDay[best]
                                || (raterDay[j] == raterDay[best] && raterPosition[j] < raterPosition[best])) {
                            best = j;
                        }
                    }
                    yield raterPosition[best];
                }
            };
        }
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

    /** Every programme record of the person (the nodes pick out the programme they are about). */
    List<ProgrammeRecord> programmes() {
        return person.programmes();
    }

    List<Evidence> evidence() {
        return person.evidence();
    }

    /** The number fact, or {@code null} when not recorded (the fast path: no Optional). */
    BigDecimal numberOrNull(String fact) {
        return person.numbers().get(fact);
    }

    /** The string fact, or {@code null} when not recorded. */
    String stringOrNull(String fact) {
        return person.strings().get(fact);
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
