package org.cadre.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.CompiledRule;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Verdict;
import org.cadre.model.Competency;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.RaterSource;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The honest lower bound: the Nye Bevan entry rule of the NHS ladder written directly in Java over plain
 * arrays, on the same synthetic cohort as {@link EvaluationBenchmark}, so that the cost of Cadre's generality
 * (rules as data, three-valued logic over any rule tree, provenance) is visible.
 *
 * <p>The rule, as the framework states it: board-ready (at least 7 of the 9 dimensions at {@code strong} or
 * above, and Inspiring shared purpose within one level of Engaging the team), at least 24 months in role,
 * and band 8c, 8d, 9 or vsm. Written here by hand with the same three-valued answers (an unassessed dimension
 * or a missing fact gives {@code UNKNOWN} where it could change the answer) and the framework's rating
 * policy hard-coded (manager and assessor count with one rater, peers and direct reports with three; ratings
 * older than 36 months do not count; the latest rating of each rater; the lower median).
 *
 * <p>The cohort is encoded once into flat arrays: per person, the level position of each dimension (for
 * {@code nyeBevanVerdict}), or the raw ratings as parallel arrays of dimension, level position, source,
 * rater and day (for {@code aggregateRatings} and {@code nyeBevanFromRatings}), and the two facts as a
 * {@code long} and an index into the band's declared values. Setting up checks that every hand-written
 * level and verdict equals Cadre's, person by person, and refuses to run otherwise.
 *
 * <p>Each benchmark walks the whole cohort and reports <b>people per second</b>:
 * <ul>
 *   <li>{@code nyeBevanVerdict} — the rule on levels aggregated beforehand; compare with
 *       {@link EvaluationBenchmark#nyeBevanVerdict};</li>
 *   <li>{@code aggregateRatings} — the rating policy over the raw ratings; compare with
 *       {@link EvaluationBenchmark#state};</li>
 *   <li>{@code nyeBevanFromRatings} — both; compare with {@link EvaluationBenchmark#nyeBevanFromRecord}.</li>
 * </ul>
 *
 * <p>Run it (from the repository root):
 * <pre>
 * mvn -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests &amp;&amp; java -jar benchmarks/target/benchmarks.jar HandWrittenBaseline -f 1 -wi 5 -i 5
 * </pre>
 * or both classes side by side: {@code java -jar benchmarks/target/benchmarks.jar "HandWrittenBaseline|EvaluationBenchmark.nyeBevan"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HandWrittenBaseline {

    /** The rule's constants, as a programmer would write them. */
    private static final int STRONG = 2;
    private static final int BOARD_READY_DIMENSIONS = 7;
    private static final int BALANCE_WITHIN = 1;
    private static final long MONTHS_IN_ROLE = 24;
    private static final List<String> BANDS = List.of("8c", "8d", "9", "vsm");
    private static final String INSPIRING = "hlm.inspiring-shared-purpose";
    private static final String ENGAGING = "hlm.engaging-the-team";

    /** The rating policy, hard-coded: minimum raters per source ordinal (0 = does not count). */
    private static final int[] MIN_RATERS = new int[RaterSource.values().length];
    private static final int VALIDITY_MONTHS = 36;

    static {
        MIN_RATERS[RaterSource.MANAGER.ordinal()] = 1;
        MIN_RATERS[RaterSource.ASSESSOR.ordinal()] = 1;
        MIN_RATERS[RaterSource.PEER.ordinal()] = 3;
        MIN_RATERS[RaterSource.DIRECT_REPORT.ordinal()] = 3;
    }

    /** A missing number fact. */
    static final long MISSING = Long.MIN_VALUE;

    private Encoded cohort;
    private int[] levels;

    /** Generates and encodes the cohort, aggregates its levels, and checks every answer against Cadre's. */
    @Setup(Level.Trial)
    public void setUp() {
        CompiledFramework ladder = SyntheticCohort.compiled();
        List<Person> people = SyntheticCohort.people(ladder.framework());
        cohort = Encoded.of(ladder.framework(), people, SyntheticCohort.AS_OF);
        levels = new int[people.size() * cohort.dimensions];
        for (int p = 0; p < people.size(); p++) {
            cohort.aggregate(p, levels, p * cohort.dimensions);
        }
        String disagreement = check(ladder, people, SyntheticCohort.AS_OF);
        if (!disagreement.isEmpty()) {
            throw new IllegalStateException("the hand-written rule disagrees with Cadre: " + disagreement);
        }
    }

    /** The rule on levels aggregated beforehand. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void nyeBevanVerdict(Blackhole blackhole) {
        Encoded data = cohort;
        int[] positions = levels;
        for (int p = 0; p < data.people; p++) {
            blackhole.consume(data.nyeBevan(positions, p * data.dimensions, p));
        }
    }

    /** The rating policy over each person's raw ratings. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void aggregateRatings(Blackhole blackhole) {
        Encoded data = cohort;
        int[] positions = new int[data.dimensions];
        for (int p = 0; p < data.people; p++) {
            data.aggregate(p, positions, 0);
            blackhole.consume(positions);
        }
    }

    /** The rating policy, then the rule, from each person's raw ratings. */
    @Benchmark
    @OperationsPerInvocation(SyntheticCohort.PEOPLE)
    public void nyeBevanFromRatings(Blackhole blackhole) {
        Encoded data = cohort;
        int[] positions = new int[data.dimensions];
        for (int p = 0; p < data.people; p++) {
            data.aggregate(p, positions, 0);
            blackhole.consume(data.nyeBevan(positions, 0, p));
        }
    }

    /**
     * Compares the hand-written levels and verdicts with Cadre's for every person.
     *
     * @return an empty string when they agree, else the first disagreement
     */
    static String check(CompiledFramework ladder, List<Person> people, LocalDate asOf) {
        Encoded data = Encoded.of(ladder.framework(), people, asOf);
        CompiledRule rule = ladder.entry(SyntheticCohort.NYE_BEVAN).orElseThrow();
        int[] positions = new int[data.dimensions];
        for (int p = 0; p < people.size(); p++) {
            PersonState state = ladder.state(people.get(p), asOf);
            data.aggregate(p, positions, 0);
            for (int d = 0; d < data.dimensions; d++) {
                int expected = state.level(data.dimensionIds[d]).map(level -> data.rankToPosition.get(level.rank()))
                        .orElse(-1);
                if (positions[d] != expected) {
                    return people.get(p).id() + " " + data.dimensionIds[d] + ": by hand " + positions[d]
                            + ", Cadre " + expected;
                }
            }
            Verdict byHand = data.nyeBevan(positions, 0, p);
            Verdict cadre = rule.verdict(state);
            if (byHand != cadre) {
                return people.get(p).id() + ": by hand " + byHand + ", Cadre " + cadre;
            }
        }
        return "";
    }

    /** The cohort as plain arrays, and the hand-written policy and rule over them. */
    static final class Encoded {
        final int people;
        final int dimensions;
        final String[] dimensionIds;
        final Map<Integer, Integer> rankToPosition = new HashMap<>();
        final int inspiring;
        final int engaging;
        /** Per person: months in role, or {@link #MISSING}. */
        final long[] monthsInRole;
        /** Per person: the index of the band among the declared values, or -1. */
        final int[] band;
        /** Per declared band value: whether the rule accepts it. */
        final boolean[] bandAccepted;
        /** Person p's ratings are {@code ratingStart[p]} (inclusive) to {@code ratingStart[p + 1]}. */
        final int[] ratingStart;
        final int[] ratingDimension;
        final int[] ratingPosition;
        final int[] ratingSource;
        /** The rater: one int per (source, rater id) pair. */
        final int[] ratingRater;
        final long[] ratingDay;
        final long asOfDay;
        final long oldestDay;
        /** Scratch space for one dimension's ratings while aggregating. */
        private final int[] raters;
        private final int[] found;
        private final long[] days;
        private final int[] sources;
        private final int[] perSource = new int[RaterSource.values().length];

        private Encoded(Framework framework, List<Person> cohort, LocalDate asOf) {
            people = cohort.size();
            List<Competency> nine = framework.children(framework.roots().get(0).id());
            dimensions = nine.size();
            dimensionIds = nine.stream().map(Competency::id).toArray(String[]::new);
            Map<String, Integer> dimensionIndex = new HashMap<>();
            for (int d = 0; d < dimensions; d++) {
                dimensionIndex.put(dimensionIds[d], d);
            }
            inspiring = dimensionIndex.get(INSPIRING);
            engaging = dimensionIndex.get(ENGAGING);
            List<org.cadre.model.Level> scale = framework.effectiveScale(dimensionIds[0]).orElseThrow().levelsByRank();
            Map<String, Integer> levelPosition = new HashMap<>();
            for (int i = 0; i < scale.size(); i++) {
                levelPosition.put(scale.get(i).id(), i);
                rankToPosition.put(scale.get(i).rank(), i);
            }
            List<String> bandValues = framework.fact("band").map(FactDefinition::values).orElseThrow();
            bandAccepted = new boolean[bandValues.size()];
            for (int i = 0; i < bandAccepted.length; i++) {
                bandAccepted[i] = BANDS.contains(bandValues.get(i));
            }
            monthsInRole = new long[people];
            band = new int[people];
            ratingStart = new int[people + 1];
            int total = cohort.stream().mapToInt(person -> person.ratings().size()).sum();
            ratingDimension = new int[total];
            ratingPosition = new int[total];
            ratingSource = new int[total];
            ratingRater = new int[total];
            ratingDay = new long[total];
            Map<String, Integer> raterIds = new HashMap<>();
            int r = 0;
            int most = 1;
            for (int p = 0; p < people; p++) {
                Person person = cohort.get(p);
                BigDecimal months = person.numbers().get("monthsInRole");
                monthsInRole[p] = months == null ? MISSING : months.longValueExact();
                String bandValue = person.strings().get("band");
                band[p] = bandValue == null ? -1 : bandValues.indexOf(bandValue);
                ratingStart[p] = r;
                int[] perDimension = new int[dimensions];
                for (Rating rating : person.ratings()) {
                    ratingDimension[r] = dimensionIndex.get(rating.competency());
                    ratingPosition[r] = levelPosition.get(rating.level());
                    ratingSource[r] = rating.source().ordinal();
                    ratingRater[r] = raterIds.computeIfAbsent(rating.source() + ":" + rating.rater().orElseThrow(),
                            key -> raterIds.size());
                    ratingDay[r] = rating.date().toEpochDay();
                    most = Math.max(most, ++perDimension[ratingDimension[r]]);
                    r++;
                }
            }
            ratingStart[people] = r;
            asOfDay = asOf.toEpochDay();
            oldestDay = asOf.minusMonths(VALIDITY_MONTHS).toEpochDay();
            raters = new int[most];
            found = new int[most];
            days = new long[most];
            sources = new int[most];
        }

        static Encoded of(Framework framework, List<Person> cohort, LocalDate asOf) {
            return new Encoded(framework, cohort, asOf);
        }

        /** Person p's level position on every dimension under the policy (-1: unknown), into {@code out}. */
        void aggregate(int p, int[] out, int offset) {
            int from = ratingStart[p];
            int to = ratingStart[p + 1];
            for (int d = 0; d < dimensions; d++) {
                // The latest counted rating of each rater (the lower level on a tie).
                int n = 0;
                for (int r = from; r < to; r++) {
                    if (ratingDimension[r] != d) {
                        continue;
                    }
                    long day = ratingDay[r];
                    if (MIN_RATERS[ratingSource[r]] == 0 || day > asOfDay || day < oldestDay) {
                        continue;
                    }
                    int k = 0;
                    while (k < n && raters[k] != ratingRater[r]) {
                        k++;
                    }
                    if (k == n) {
                        raters[n] = ratingRater[r];
                        found[n] = ratingPosition[r];
                        days[n] = day;
                        sources[n] = ratingSource[r];
                        n++;
                    } else if (day > days[k] || (day == days[k] && ratingPosition[r] < found[k])) {
                        found[k] = ratingPosition[r];
                        days[k] = day;
                    }
                }
                // Sources with too few raters do not count; the lower median of the rest.
                java.util.Arrays.fill(perSource, 0);
                for (int k = 0; k < n; k++) {
                    perSource[sources[k]]++;
                }
                int m = 0;
                for (int k = 0; k < n; k++) {
                    if (perSource[sources[k]] >= MIN_RATERS[sources[k]]) {
                        int value = found[k];
                        int j = m++;
                        while (j > 0 && found[j - 1] > value) {
                            found[j] = found[j - 1];
                            j--;
                        }
                        found[j] = value;
                    }
                }
                out[offset + d] = m == 0 ? -1 : found[(m - 1) / 2];
            }
        }

        /** Nye Bevan's entry rule for person p whose level positions start at {@code offset}. */
        Verdict nyeBevan(int[] positions, int offset, int p) {
            int strong = 0;
            int unknown = 0;
            for (int d = 0; d < dimensions; d++) {
                int position = positions[offset + d];
                if (position < 0) {
                    unknown++;
                } else if (position >= STRONG) {
                    strong++;
                }
            }
            int count = strong >= BOARD_READY_DIMENSIONS ? MET
                    : strong + unknown < BOARD_READY_DIMENSIONS ? NOT_MET : UNKNOWN;
            int left = positions[offset + inspiring];
            int right = positions[offset + engaging];
            // With one competency a side on a four-level scale, an unknown side could be at any level: unknown.
            int balance = left < 0 || right < 0 ? UNKNOWN : Math.abs(left - right) <= BALANCE_WITHIN ? MET : NOT_MET;
            long months = monthsInRole[p];
            int inRole = months == MISSING ? UNKNOWN : months >= MONTHS_IN_ROLE ? MET : NOT_MET;
            int bandIndex = band[p];
            int banded = bandIndex < 0 ? UNKNOWN : bandAccepted[bandIndex] ? MET : NOT_MET;
            int all = Math.max(Math.max(count, balance), Math.max(inRole, banded));
            return all == MET ? Verdict.MET : all == NOT_MET ? Verdict.NOT_MET : Verdict.UNKNOWN;
        }

        /** Ordered so that the Kleene "and" of several answers is their maximum. */
        private static final int MET = 0;
        private static final int UNKNOWN = 1;
        private static final int NOT_MET = 2;
    }
}
