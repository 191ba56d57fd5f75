package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
    /**
     * From 0, competency index to the position of its level on its scale (0 is the lowest), or -1 when
     * unknown. After the positions, the rest of what rules read most, so that a rule reads one array and not
     * several scattered over the heap: from {@code stringBase} the string facts as value ids (-1: not
     * recorded), from {@code completedBase} the programmes completed by the as-of date as bits, 32 to an int,
     * and from {@code evidenceBase} three ints per item of evidence: its competency's index (-1: not in the
     * framework), its kind's id and its source's ordinal (-1: none).
     */
    private final int[] positions;
    private final int stringBase;
    private final int completedBase;
    private final int evidenceBase;
    private final long asOfDay;
    /**
     * The number facts as the bits of their nearest {@code double} (NaN: not recorded), for a quick first
     * comparison; then, from the number of facts, each item of evidence's epoch day, in order (the rest of an
     * item is in {@code positions}). One array for both, for the same reason.
     */
    private final long[] wide;
    private final int evidenceCount;
    /** Declared facts by index ({@code null}: not recorded). */
    private final BigDecimal[] numbers;
    private final String[] strings;

    PersonState(CompiledFramework compiled, Person person, LocalDate asOf) {
        this.compiled = compiled;
        this.person = person;
        this.asOf = asOf;
        int facts = compiled.factCount();
        this.stringBase = compiled.size();
        this.completedBase = stringBase + facts;
        this.evidenceBase = completedBase + (compiled.programmeCount() + 31) / 32;
        List<Evidence> evidence = person.evidence();
        this.positions = new int[evidenceBase + 3 * evidence.size()];
        java.util.Arrays.fill(positions, 0, completedBase, -1);
        List<Rating> ratings = person.ratings();
        if (!ratings.isEmpty()) {
            aggregateAll(compiled, ratings, asOf, positions);
        }
        for (ProgrammeRecord record : person.programmes()) {
            int index = compiled.programmeIndex(record.programme());
            if (index >= 0 && record.state() == ProgrammeState.COMPLETED
                    && (record.end().isEmpty() || !record.end().get().isAfter(asOf))) {
                positions[completedBase + (index >>> 5)] |= 1 << index;
            }
        }
        this.asOfDay = asOf.toEpochDay();
        this.evidenceCount = evidence.size();
        this.wide = new long[facts + evidenceCount];
        java.util.Arrays.fill(wide, 0, facts, Double.doubleToRawLongBits(Double.NaN));
        boolean kinds = compiled.hasEvidenceKinds();
        for (int i = 0; i < evidenceCount; i++) {
            Evidence item = evidence.get(i);
            wide[facts + i] = item.date().toEpochDay();
            int at = evidenceBase + 3 * i;
            positions[at] = compiled.index(item.competency());
            positions[at + 1] = kinds ? compiled.evidenceKindId(item.kind(), false) : CompiledFramework.OTHER_VALUE;
            positions[at + 2] = item.source().isPresent() ? item.source().get().ordinal() : -1;
        }
        this.numbers = new BigDecimal[facts];
        person.numbers().forEach((name, value) -> {
            int index = compiled.factIndex(name);
            if (index >= 0) {
                numbers[index] = value;
                wide[index] = Double.doubleToRawLongBits(value.doubleValue());
            }
        });
        this.strings = new String[facts];
        person.strings().forEach((name, value) -> {
            int index = compiled.factIndex(name);
            if (index >= 0) {
                strings[index] = value;
                positions[stringBase + index] = compiled.stringValueId(index, value, false);
            }
        });
    }

    /** Whether the person completed programme {@code index} by the as-of date (a completed record, not ending later). */
    boolean completed(int index) {
        return (positions[completedBase + (index >>> 5)] & (1 << index)) != 0;
    }

    long asOfDay() {
        return asOfDay;
    }

    long evidenceDay(int item) {
        return wide[wide.length - evidenceCount + item];
    }

    int evidenceCompetency(int item) {
        return positions[evidenceBase + 3 * item];
    }

    /** The evidence kind id of item {@code item} ({@link CompiledFramework#OTHER_VALUE}: a kind no rule names). */
    int evidenceKind(int item) {
        return positions[evidenceBase + 3 * item + 1];
    }

    /** The rater source ordinal of item {@code item}, or -1 when it has none. */
    int evidenceSource(int item) {
        return positions[evidenceBase + 3 * item + 2];
    }

    /** The number of items of evidence. */
    int evidenceCount() {
        return evidenceCount;
    }

    /**
     * Declared number fact {@code index} as the nearest {@code double}, or NaN when not recorded. Rounding
     * keeps order (a smaller number never rounds above a larger one), so two different approximations
     * compare as the exact numbers do; equal ones need the exact {@link #number(int)}.
     */
    double approximateNumber(int index) {
        return Double.longBitsToDouble(wide[index]);
    }

    /** Declared string fact {@code index} as its value id, -1 when not recorded. */
    int stringId(int index) {
        return positions[stringBase + index];
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
     * Every rated competency's position under the policy, into {@code out}, following the steps documented on
     * {@link RatingPolicy}. One pass over the ratings drops those that cannot count (a source the policy does
     * not list, a competency or level the framework does not have, a date after the as-of date or before the
     * window) and threads the rest into one chain per competency, with the chain's head kept in {@code out}
     * until that competency is aggregated: no sort, no map, no boxing, no epoch days. Then each competency
     * that has a chain is aggregated by {@link Aggregator}.
     */
    private static void aggregateAll(CompiledFramework compiled, List<Rating> ratings, LocalDate asOf, int[] out) {
        int n = ratings.size();
        Aggregator aggregator = new Aggregator(compiled, n);
        int[] minRaters = aggregator.minRaters;
        int[] ints = aggregator.ints;
        LocalDate oldest = compiled.oldestRating(asOf);
        int touched = 0;
        for (int i = 0; i < n; i++) {
            Rating rating = ratings.get(i);
            if (minRaters[rating.source().ordinal()] == 0) {
                continue;
            }
            int index = compiled.index(rating.competency());
            if (index < 0) {
                continue;
            }
            int position = compiled.position(index, rating.level());
            if (position < 0) {
                continue;
            }
            LocalDate date = rating.date();
            if (date.isAfter(asOf) || date.isBefore(oldest)) {
                continue;
            }
            ints[i] = position;
            int head = out[index];
            if (head < 0) {
                ints[2 * n + touched++] = index;
            }
            ints[n + i] = head;
            out[index] = i;
        }
        for (int t = 0; t < touched; t++) {
            int index = ints[2 * n + t];
            out[index] = aggregator.aggregate(ratings, out[index]);
        }
    }

    /**
     * The rating policy over one competency's chain of ratings at a time. Its scratch, one array sized once
     * per person for {@code n} ratings: from 0 the position of rating {@code i}, from {@code n} the next
     * rating in its chain (-1: the end), from {@code 2n} the competencies that have a chain, from {@code 3n}
     * the positions that count (for the median), and from {@code 4n} the raters per source ordinal.
     */
    private static final class Aggregator {
        private static final int SOURCES = RaterSource.values().length;

        private final int[] minRaters;
        private final RatingPolicy.Aggregation aggregation;
        private final int[] ints;
        private final int n;

        Aggregator(CompiledFramework compiled, int n) {
            this.minRaters = compiled.minRaters();
            this.aggregation = compiled.framework().ratingPolicy().aggregation();
            this.n = n;
            this.ints = new int[4 * n + SOURCES];
        }

        /** Whether rating {@code i} is later than rating {@code j} (on the same day: at a lower position). */
        private boolean later(List<Rating> ratings, int i, int j) {
            int days = ratings.get(i).date().compareTo(ratings.get(j).date());
            return days > 0 || (days == 0 && ints[i] < ints[j]);
        }

        /** The position of the competency whose chain of counting ratings starts at {@code head}, or -1. */
        int aggregate(List<Rating> ratings, int head) {
            int[] ints = this.ints;
            int next = n;
            if (ints[next + head] < 0) {
                // One rating: one rater of one source, which counts only if the source needs no more.
                return minRaters[ratings.get(head).source().ordinal()] <= 1 ? ints[head] : -1;
            }
            // The latest rating of each rater (the lower level on a tie); a rating without a rater id is a
            // rater of its own. The raters are chained anew from `raters`, each by their latest rating so far.
            int raters = -1;
            for (int i = head; i >= 0; ) {
                int following = ints[next + i];
                Rating rating = ratings.get(i);
                String rater = rating.rater().orElse(null);
                int found = -1;
                int before = -1;
                if (rater != null) {
                    RaterSource source = rating.source();
                    for (int j = raters; j >= 0; before = j, j = ints[next + j]) {
                        Rating other = ratings.get(j);
                        if (other.source() == source && rater.equals(other.rater().orElse(null))) {
                            found = j;
                            break;
                        }
                    }
                }
                if (found < 0) {
                    ints[next + i] = raters;
                    raters = i;
                } else if (later(ratings, i, found)) {
                    ints[next + i] = ints[next + found];
                    if (before < 0) {
                        raters = i;
                    } else {
                        ints[next + before] = i;
                    }
                }
                i = following;
            }
            // Sources with fewer raters than their minimum do not count.
            int perSource = 4 * n;
            java.util.Arrays.fill(ints, perSource, perSource + SOURCES, 0);
            for (int j = raters; j >= 0; j = ints[next + j]) {
                ints[perSource + ratings.get(j).source().ordinal()]++;
            }
            int values = 3 * n;
            int counted = 0;
            long sum = 0;
            int minimum = Integer.MAX_VALUE;
            int latest = -1;
            for (int j = raters; j >= 0; j = ints[next + j]) {
                int source = ratings.get(j).source().ordinal();
                if (ints[perSource + source] < minRaters[source]) {
                    continue;
                }
                int position = ints[j];
                ints[values + counted++] = position;
                sum += position;
                minimum = Math.min(minimum, position);
                if (latest < 0 || later(ratings, j, latest)) {
                    latest = j;
                }
            }
            if (counted == 0) {
                return -1;
            }
            return switch (aggregation) {
                case MEDIAN -> {
                    // Insertion sort: a competency has a handful of raters.
                    for (int j = values + 1; j < values + counted; j++) {
                        int value = ints[j];
                        int k = j;
                        while (k > values && ints[k - 1] > value) {
                            ints[k] = ints[k - 1];
                            k--;
                        }
                        ints[k] = value;
                    }
                    yield ints[values + (counted - 1) / 2];
                }
                case MINIMUM -> minimum;
                case MEAN -> (int) Math.floorDiv(sum, counted);
                case LATEST -> ints[latest];
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
