package org.cadre.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a person's ratings of one competency become one level, at an as-of date:
 * <ol>
 *   <li>ratings dated after the as-of date, or more than {@code validityMonths} months before it, are
 *       ignored, and so are ratings from sources the policy does not list (self-ratings count only if
 *       {@code self} is listed);</li>
 *   <li>for each rater (by rater id; a rating without a rater id is its own rater) only their latest rating
 *       counts (on the same day, the lower level);</li>
 *   <li>a source whose distinct raters are fewer than its {@code minRaters} is dropped altogether, which
 *       protects the anonymity of peers and direct reports;</li>
 *   <li>the remaining ratings' levels are combined by the {@link Aggregation}, by their positions on the
 *       scale (the lowest level is position 0).</li>
 * </ol>
 * When no rating remains, the competency is <em>unknown</em>, which is not the same as low.
 *
 * @param sources        the sources that count, each with its minimum number of distinct raters
 * @param aggregation    how the ratings that count are combined
 * @param validityMonths how long a rating stays valid, if limited
 */
public record RatingPolicy(Map<RaterSource, SourcePolicy> sources, Aggregation aggregation,
                           Optional<Integer> validityMonths) {

    /**
     * What a source needs before its ratings count.
     *
     * @param minRaters the fewest distinct raters of this source whose ratings are used, at least 1
     */
    public record SourcePolicy(int minRaters) {
        /** Validates the component. */
        public SourcePolicy {
            if (minRaters < 1) {
                throw new IllegalArgumentException("minRaters must be at least 1, got " + minRaters);
            }
        }
    }

    /** How the ratings that count are combined into one level. */
    public enum Aggregation {
        /** The median level; of an even number of ratings, the lower of the two middle ones. */
        MEDIAN,
        /** The mean of the levels' positions on the scale (the lowest is 0), rounded down to a level. */
        MEAN,
        /** The lowest level. */
        MINIMUM,
        /** The most recent rating (on the same day, the lower level). */
        LATEST;

        /** The name used in documents: {@code median}, {@code mean}, {@code minimum}, {@code latest}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The aggregation with the given document name. */
        public static Optional<Aggregation> fromJsonName(String name) {
            return Arrays.stream(values()).filter(value -> value.jsonName().equals(name)).findFirst();
        }
    }

    /**
     * The policy used when a framework states none: managers, assessors and others count from one rater,
     * peers and direct reports from three; self-ratings do not count; the median; ratings valid for 36
     * months.
     */
    public static final RatingPolicy DEFAULT = new RatingPolicy(defaultSources(), Aggregation.MEDIAN,
            Optional.of(36));

    private static Map<RaterSource, SourcePolicy> defaultSources() {
        Map<RaterSource, SourcePolicy> sources = new EnumMap<>(RaterSource.class);
        sources.put(RaterSource.MANAGER, new SourcePolicy(1));
        sources.put(RaterSource.PEER, new SourcePolicy(3));
        sources.put(RaterSource.DIRECT_REPORT, new SourcePolicy(3));
        sources.put(RaterSource.ASSESSOR, new SourcePolicy(1));
        sources.put(RaterSource.OTHER, new SourcePolicy(1));
        return sources;
    }

    /** Validates and copies the components. */
    public RatingPolicy {
        Objects.requireNonNull(sources, "sources");
        Map<RaterSource, SourcePolicy> copy = new LinkedHashMap<>();
        sources.forEach((source, policy) -> copy.put(Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(policy, "policy")));
        sources = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(validityMonths, "validityMonths");
        validityMonths.ifPresent(months -> {
            if (months < 1) {
                throw new IllegalArgumentException("validityMonths must be at least 1, got " + months);
            }
        });
    }

    /** Whether ratings from this source count at all. */
    public boolean counts(RaterSource source) {
        return sources.containsKey(source);
    }
}
