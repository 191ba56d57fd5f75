package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadre.evaluation.TestFramework.AS_OF;
import static org.cadre.evaluation.TestFramework.RATED;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.Level;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.RatingPolicy.Aggregation;
import org.cadre.person.Person;
import org.cadre.person.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a rating policy turns a person's ratings of one competency into one level, step by step as
 * {@link RatingPolicy}'s Javadoc documents it: which ratings are valid (source, date, validity window), each
 * rater's latest rating (the lower on the same day), sources below their minimum number of raters dropped, then
 * median (the lower middle), mean (rounded down), minimum or latest (the lower on the same day).
 */
class RatingPolicyAggregationTest {

    /** Managers and assessors from one rater, peers from three; the given aggregation and window. */
    private static CompiledFramework compiled(Aggregation aggregation, Optional<Integer> validityMonths) {
        Map<RaterSource, RatingPolicy.SourcePolicy> sources = new EnumMap<>(RaterSource.class);
        sources.put(RaterSource.MANAGER, new RatingPolicy.SourcePolicy(1));
        sources.put(RaterSource.ASSESSOR, new RatingPolicy.SourcePolicy(1));
        sources.put(RaterSource.PEER, new RatingPolicy.SourcePolicy(3));
        return CompiledFramework.compile(TestFramework.framework(new RatingPolicy(sources, aggregation,
                validityMonths)));
    }

    private static CompiledFramework compiled(Aggregation aggregation) {
        return compiled(aggregation, Optional.of(36));
    }

    private static Rating rating(String level, RaterSource source, String rater, LocalDate date) {
        return new Rating("team", level, source, Optional.ofNullable(rater), date);
    }

    private static Rating assessor(String rater, String level) {
        return rating(level, RaterSource.ASSESSOR, rater, RATED);
    }

    /** The level of "team" (on essential, proficient, strong, exemplary), or "unknown". */
    private static String level(CompiledFramework compiled, Rating... ratings) {
        Person.Builder person = Person.builder("p");
        for (Rating rating : ratings) {
            person.rating(rating);
        }
        return compiled.state(person.build(), AS_OF).level("team").map(Level::id).orElse("unknown");
    }

    // --- median ------------------------------------------------------------------------------------------

    @Test
    void theMedianOfAnOddNumberIsTheMiddleOne() {
        assertThat(level(compiled(Aggregation.MEDIAN), assessor("a", "exemplary"), assessor("b", "essential"),
                assessor("c", "strong"))).isEqualTo("strong");
    }

    @Test
    void theMedianOfAnEvenNumberIsTheLowerMiddleOne() {
        assertThat(level(compiled(Aggregation.MEDIAN), assessor("a", "exemplary"), assessor("b", "essential"),
                assessor("c", "strong"), assessor("d", "proficient"))).isEqualTo("proficient");
        assertThat(level(compiled(Aggregation.MEDIAN), assessor("a", "exemplary"), assessor("b", "strong")))
                .isEqualTo("strong");
    }

    // --- mean --------------------------------------------------------------------------------------------

    @Test
    void theMeanOfThePositionsIsRoundedDown() {
        // Positions: essential 0, proficient 1, strong 2, exemplary 3.
        CompiledFramework mean = compiled(Aggregation.MEAN);

        assertThat(level(mean, assessor("a", "essential"), assessor("b", "proficient"), assessor("c", "proficient")))
                .as("2 / 3").isEqualTo("essential");
        assertThat(level(mean, assessor("a", "proficient"), assessor("b", "strong"))).as("3 / 2").isEqualTo("proficient");
        assertThat(level(mean, assessor("a", "strong"), assessor("b", "exemplary"), assessor("c", "exemplary")))
                .as("8 / 3").isEqualTo("strong");
        assertThat(level(mean, assessor("a", "essential"), assessor("b", "exemplary"))).as("3 / 2")
                .isEqualTo("proficient");
        assertThat(level(mean, assessor("a", "strong"), assessor("b", "strong"))).as("4 / 2").isEqualTo("strong");
    }

    // --- minimum and latest ------------------------------------------------------------------------------

    @Test
    void theMinimumIsTheLowestLevel() {
        assertThat(level(compiled(Aggregation.MINIMUM), assessor("a", "exemplary"), assessor("b", "proficient"),
                assessor("c", "strong"))).isEqualTo("proficient");
    }

    @Test
    void theLatestIsTheMostRecentRating() {
        assertThat(level(compiled(Aggregation.LATEST),
                rating("exemplary", RaterSource.MANAGER, "m", RATED.minusDays(1)),
                rating("essential", RaterSource.ASSESSOR, "a", RATED),
                rating("strong", RaterSource.ASSESSOR, "b", RATED.minusMonths(3)))).isEqualTo("essential");
    }

    @Test
    void theLatestOfTwoRatersOnTheSameDayIsTheLowerLevel() {
        CompiledFramework latest = compiled(Aggregation.LATEST);

        assertThat(level(latest, rating("exemplary", RaterSource.MANAGER, "m", RATED),
                rating("proficient", RaterSource.ASSESSOR, "a", RATED),
                rating("essential", RaterSource.ASSESSOR, "b", RATED.minusDays(1)))).isEqualTo("proficient");
        assertThat(level(latest, rating("proficient", RaterSource.ASSESSOR, "a", RATED),
                rating("exemplary", RaterSource.MANAGER, "m", RATED))).isEqualTo("proficient");
    }

    // --- each rater once ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void onlyEachRatersLatestRatingCounts(Aggregation aggregation) {
        // Rater "a" first said essential, then exemplary; "b" says strong. Only exemplary and strong count.
        String level = level(compiled(aggregation), rating("essential", RaterSource.ASSESSOR, "a", RATED.minusMonths(6)),
                rating("exemplary", RaterSource.ASSESSOR, "a", RATED),
                rating("strong", RaterSource.ASSESSOR, "b", RATED.minusDays(2)));

        assertThat(level).isEqualTo(aggregation == Aggregation.LATEST ? "exemplary" : "strong");
    }

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void aRaterWhoRatesTwiceOnOneDayCountsOnceWithTheLowerLevel(Aggregation aggregation) {
        String level = level(compiled(aggregation), rating("exemplary", RaterSource.ASSESSOR, "a", RATED),
                rating("proficient", RaterSource.ASSESSOR, "a", RATED),
                rating("exemplary", RaterSource.ASSESSOR, "b", RATED.minusDays(1)));

        // Counted: a proficient, b exemplary. Median: lower middle; mean: (1 + 3) / 2; minimum; latest: a.
        assertThat(level).isEqualTo(aggregation == Aggregation.MEAN ? "strong" : "proficient");
    }

    @Test
    void ratingsWithoutARaterIdAreEachTheirOwnRater() {
        assertThat(level(compiled(Aggregation.MINIMUM), rating("exemplary", RaterSource.ASSESSOR, null, RATED),
                rating("essential", RaterSource.ASSESSOR, null, RATED.minusDays(3)))).isEqualTo("essential");
    }

    @Test
    void theSameRaterIdFromAnotherSourceIsAnotherRater() {
        assertThat(level(compiled(Aggregation.MINIMUM), rating("exemplary", RaterSource.ASSESSOR, "x", RATED),
                rating("essential", RaterSource.MANAGER, "x", RATED.minusDays(3)))).isEqualTo("essential");
    }

    // --- sources and their minimum numbers of raters --------------------------------------------------------

    @Test
    void aSourceWithFewerDistinctRatersThanItsMinimumIsDroppedAltogether() {
        CompiledFramework median = compiled(Aggregation.MEDIAN);
        Rating manager = rating("strong", RaterSource.MANAGER, "m", RATED);

        assertThat(level(median, manager, rating("essential", RaterSource.PEER, "p1", RATED),
                rating("essential", RaterSource.PEER, "p2", RATED))).as("two peers").isEqualTo("strong");
        assertThat(level(median, manager, rating("essential", RaterSource.PEER, "p1", RATED),
                rating("essential", RaterSource.PEER, "p2", RATED),
                rating("essential", RaterSource.PEER, "p3", RATED))).as("three peers").isEqualTo("essential");
    }

    @Test
    void oneRaterRatingAgainDoesNotReachTheMinimum() {
        assertThat(level(compiled(Aggregation.MEDIAN), rating("strong", RaterSource.PEER, "p1", RATED),
                rating("strong", RaterSource.PEER, "p1", RATED.minusDays(1)),
                rating("strong", RaterSource.PEER, "p2", RATED))).isEqualTo("unknown");
    }

    @Test
    void peersWithoutRaterIdsCountAsDistinctRaters() {
        assertThat(level(compiled(Aggregation.MEDIAN), rating("strong", RaterSource.PEER, null, RATED),
                rating("strong", RaterSource.PEER, null, RATED), rating("strong", RaterSource.PEER, "p1", RATED)))
                .isEqualTo("strong");
    }

    @Test
    void aRaterWhoseRatingsAreAllOutsideTheWindowDoesNotCountTowardsTheMinimum() {
        assertThat(level(compiled(Aggregation.MEDIAN), rating("strong", RaterSource.PEER, "p1", RATED),
                rating("strong", RaterSource.PEER, "p2", RATED),
                rating("strong", RaterSource.PEER, "p3", AS_OF.minusMonths(40)))).isEqualTo("unknown");
    }

    @Test
    void sourcesThePolicyDoesNotListDoNotCountSelfIncluded() {
        CompiledFramework median = compiled(Aggregation.MEDIAN);

        assertThat(level(median, rating("exemplary", RaterSource.SELF, "me", RATED),
                rating("exemplary", RaterSource.OTHER, "o", RATED),
                rating("exemplary", RaterSource.DIRECT_REPORT, "d", RATED))).isEqualTo("unknown");
        assertThat(level(median, rating("exemplary", RaterSource.SELF, "me", RATED),
                rating("proficient", RaterSource.MANAGER, "m", RATED))).isEqualTo("proficient");
    }

    @Test
    void theDefaultPolicyCountsManagersAssessorsAndOthersButNotSelf() {
        CompiledFramework defaults = TestFramework.compiled();

        assertThat(defaults.framework().ratingPolicy()).isEqualTo(RatingPolicy.DEFAULT);
        assertThat(level(defaults, rating("strong", RaterSource.OTHER, "o", RATED))).isEqualTo("strong");
        assertThat(level(defaults, rating("strong", RaterSource.SELF, null, RATED))).isEqualTo("unknown");
        assertThat(level(defaults, rating("strong", RaterSource.DIRECT_REPORT, "d1", RATED),
                rating("strong", RaterSource.DIRECT_REPORT, "d2", RATED))).isEqualTo("unknown");
    }

    // --- dates ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Aggregation.class)
    void aRatingExactlyAsOldAsTheWindowCountsAndOneDayOlderDoesNot(Aggregation aggregation) {
        CompiledFramework compiled = compiled(aggregation);
        LocalDate edge = AS_OF.minusMonths(36);

        assertThat(level(compiled, rating("strong", RaterSource.MANAGER, "m", edge))).isEqualTo("strong");
        assertThat(level(compiled, rating("strong", RaterSource.MANAGER, "m", edge.minusDays(1))))
                .isEqualTo("unknown");
    }

    @Test
    void theWindowCountsCalendarMonthsFromTheAsOfDate() {
        CompiledFramework oneMonth = compiled(Aggregation.MEDIAN, Optional.of(1));
        // One month before 31 March 2026 is 28 February 2026.
        LocalDate asOf = LocalDate.of(2026, 3, 31);

        assertThat(oneMonth.state(Person.builder("p").rating(rating("strong", RaterSource.MANAGER, "m",
                LocalDate.of(2026, 2, 28))).build(), asOf).level("team")).isPresent();
        assertThat(oneMonth.state(Person.builder("p").rating(rating("strong", RaterSource.MANAGER, "m",
                LocalDate.of(2026, 2, 27))).build(), asOf).level("team")).isEmpty();
    }

    @Test
    void aRatingOnTheAsOfDateCountsAndOneAfterItDoesNot() {
        CompiledFramework median = compiled(Aggregation.MEDIAN);

        assertThat(level(median, rating("strong", RaterSource.MANAGER, "m", AS_OF))).isEqualTo("strong");
        assertThat(level(median, rating("strong", RaterSource.MANAGER, "m", AS_OF.plusDays(1)))).isEqualTo("unknown");
    }

    @Test
    void aRatersLaterRatingAfterTheAsOfDateLeavesTheirEarlierOneInForce() {
        assertThat(level(compiled(Aggregation.MEDIAN), rating("proficient", RaterSource.MANAGER, "m", RATED),
                rating("exemplary", RaterSource.MANAGER, "m", AS_OF.plusDays(10)))).isEqualTo("proficient");
    }

    @Test
    void withoutAWindowOldRatingsCount() {
        assertThat(level(compiled(Aggregation.MEDIAN, Optional.empty()),
                rating("strong", RaterSource.MANAGER, "m", LocalDate.of(2001, 1, 1)))).isEqualTo("strong");
    }

    @Test
    void aCompetencyWithNoRatingThatCountsIsUnknownNotLow() {
        CompiledFramework median = compiled(Aggregation.MEDIAN);
        PersonState state = median.state(Person.builder("p").rating(rating("strong", RaterSource.MANAGER, "m", RATED))
                .build(), AS_OF);

        assertThat(state.level("care")).isEmpty();
        assertThat(state.level("ghost")).isEmpty();
        assertThat(state.level("leading")).isEmpty();
        assertThat(List.of(state.level("team").orElseThrow().id())).containsExactly("strong");
    }

    @Test
    void levelsAreTakenFromTheCompetencysOwnScale() {
        // On five, aware is position 0 and expert 4: their mean is 2, which is proficient on five.
        CompiledFramework mean = compiled(Aggregation.MEAN);
        Person person = Person.builder("p")
                .rating(new Rating("digital", "aware", RaterSource.ASSESSOR, Optional.of("a"), RATED))
                .rating(new Rating("digital", "expert", RaterSource.ASSESSOR, Optional.of("b"), RATED)).build();

        assertThat(mean.state(person, AS_OF).level("digital").orElseThrow().id()).isEqualTo("proficient");
    }
}
