package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
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
 * {@link CompiledFramework#state}'s levels equal a plain reading of the four steps documented on
 * {@link RatingPolicy}, written here with lists and streams straight from that text, over generated
 * frameworks, policies and records. It covers what {@link RatingPolicyReferenceTest} (one fixed framework,
 * one set of sources) does not: several scales that share level ids at other positions, scales inherited
 * from a parent, unrated competencies; policies with any subset of the sources (self and other included, or
 * none) and any minimum of raters; as-of dates at the end of a month, ratings on the first and the last day
 * of the window, ratings from year 1 with and without a window; the same rater id under two sources;
 * ratings grouped by competency or shuffled. The reference resolves levels through the model's scales,
 * never through the compiled look-up tables, so it checks those too.
 */
class RatingPolicyGeneratedFrameworksTest {

    /** Level ids shared between the generated scales, so one id sits at different positions. */
    private static final List<String> LEVEL_IDS = List.of("a", "b", "c", "d", "e", "f", "g");
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2024, 2, 29),
            LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 31));

    private record Case(Framework framework, LocalDate asOf, Person person) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("as of ").append(asOf).append(", ")
                    .append(framework.ratingPolicy()).append(", scales ");
            framework.scales().forEach(scale -> text.append(scale.id()).append(scale.levelsByRank().stream()
                    .map(Level::id).toList()).append(' '));
            text.append(", competencies ");
            framework.competencies().forEach(c -> text.append(c.id()).append(c.parent().map(p -> "<" + p).orElse(""))
                    .append(c.scale().map(s -> "@" + s).orElse("")).append(' '));
            return text.append(", ratings ").append(person.ratings()).toString();
        }
    }

    private static final Generator<Case> CASES = new Generator<>() {
        @Override
        public Case generate(RandomSource random) {
            LocalDate asOf = random.pick(AS_OF);
            Framework framework = framework(random);
            List<String> ids = new ArrayList<>(framework.competencies().stream().map(Competency::id).toList());
            ids.add("ghost");
            List<Rating> ratings = new ArrayList<>();
            int count = random.between(0, 40);
            for (int i = 0; i < count; i++) {
                String competency = random.pick(ids);
                List<String> own = framework.effectiveScale(competency).map(ProficiencyScale::levelsByRank)
                        .orElse(List.of()).stream().map(Level::id).toList();
                String level = random.chance(0.1) ? "zz"
                        : own.isEmpty() || random.chance(0.3) ? random.pick(LEVEL_IDS) : random.pick(own);
                RaterSource source = random.pick(List.of(RaterSource.values()));
                Optional<String> rater = random.chance(0.2) ? Optional.empty()
                        : Optional.of("r" + random.between(0, 4));
                ratings.add(new Rating(competency, level, source, rater, date(random, asOf, framework)));
            }
            if (random.nextBoolean()) {
                ratings.sort(Comparator.comparing(Rating::competency));
            }
            return new Case(framework, asOf, person(ratings));
        }

        @Override
        public Stream<Case> shrink(Case value) {
            List<Rating> ratings = value.person().ratings();
            return IntStream.range(0, ratings.size()).mapToObj(drop -> {
                List<Rating> fewer = new ArrayList<>(ratings);
                fewer.remove(drop);
                return new Case(value.framework(), value.asOf(), person(fewer));
            });
        }
    };

    private static Person person(List<Rating> ratings) {
        Person.Builder person = Person.builder("p");
        ratings.forEach(person::rating);
        return person.build();
    }

    private static Framework framework(RandomSource random) {
        Framework.Builder builder = Framework.builder("generated", "1.0.0", "Generated framework");
        int scales = random.between(1, 3);
        for (int s = 0; s < scales; s++) {
            List<String> levels = random.shuffled(random.subset(LEVEL_IDS, 0.6));
            if (levels.isEmpty()) {
                levels = List.of(random.pick(LEVEL_IDS));
            }
            // Ranks in another order than the list, so that a level's position is its rank's, not its place.
            List<Integer> ranks = random.shuffled(IntStream.rangeClosed(1, levels.size()).map(r -> r * 10).boxed()
                    .toList());
            ProficiencyScale.Builder scale = ProficiencyScale.builder("s" + s, "Scale " + s);
            for (int l = 0; l < levels.size(); l++) {
                scale.level(levels.get(l), "Level " + levels.get(l), ranks.get(l));
            }
            builder.scale(scale.build());
        }
        int competencies = random.between(1, 8);
        for (int c = 0; c < competencies; c++) {
            Competency.Builder competency = Competency.builder("c" + c, "Competency " + c);
            if (c > 0 && random.chance(0.4)) {
                competency.parent("c" + random.between(0, c - 1));
            }
            if (random.chance(0.7)) {
                competency.scale("s" + random.between(0, scales - 1));
            }
            builder.competency(competency.build());
        }
        Map<RaterSource, RatingPolicy.SourcePolicy> sources = new EnumMap<>(RaterSource.class);
        for (RaterSource source : RaterSource.values()) {
            if (random.chance(0.7)) {
                sources.put(source, new RatingPolicy.SourcePolicy(random.chance(0.6) ? 1 : random.between(2, 3)));
            }
        }
        Optional<Integer> window = random.chance(0.7) ? Optional.of(random.between(1, 40)) : Optional.empty();
        builder.ratingPolicy(new RatingPolicy(sources, random.pick(List.of(Aggregation.values())), window));
        return builder.build();
    }

    /** Mostly the last year or five on a coarse grid (same days are common); the future, year 1, the window's edges. */
    private static LocalDate date(RandomSource random, LocalDate asOf, Framework framework) {
        int kind = random.between(0, 9);
        Optional<Integer> window = framework.ratingPolicy().validityMonths();
        if (kind == 0) {
            return asOf.plusDays(random.between(1, 40));
        }
        if (kind == 1) {
            return LocalDate.of(1, 1, 1).plusDays(random.between(0, 2));
        }
        if (kind == 2 && window.isPresent()) {
            return asOf.minusMonths(window.get()).plusDays(random.between(-1, 0));
        }
        if (kind == 3) {
            return asOf;
        }
        return asOf.minusDays(random.between(0, random.chance(0.8) ? 12 : 60) * 30L);
    }

    @Test
    void stateLevelsEqualThePolicyStepsOnGeneratedFrameworks() {
        int[] known = {0};
        int[] unknown = {0};
        Property.forAll("rating policy on generated frameworks", CASES, 400, sample -> {
            CompiledFramework compiled = CompiledFramework.compile(sample.framework());
            PersonState state = compiled.state(sample.person(), sample.asOf());
            for (Competency competency : sample.framework().competencies()) {
                Optional<Level> expected = reference(sample.framework(), competency.id(), sample.person().ratings(),
                        sample.asOf());
                assertThat(state.level(competency.id())).as(competency.id()).isEqualTo(expected);
                if (expected.isPresent()) {
                    known[0]++;
                } else {
                    unknown[0]++;
                }
            }
            assertThat(state.level("ghost")).isEmpty();
        });
        assertThat(known[0]).as("competencies with a level").isGreaterThan(600);
        assertThat(unknown[0]).as("competencies unknown").isGreaterThan(300);
    }

    /** The same record built twice with fresh, equal strings gives the same levels: look-ups are by value. */
    @Test
    void idsAreMatchedByValueNotByInstance() {
        Property.forAll("ids by value", CASES, 100, sample -> {
            CompiledFramework compiled = CompiledFramework.compile(sample.framework());
            List<Rating> copies = sample.person().ratings().stream().map(rating -> new Rating(
                    new String(rating.competency()), new String(rating.level()), rating.source(),
                    rating.rater().map(String::new), rating.date())).toList();
            PersonState original = compiled.state(sample.person(), sample.asOf());
            PersonState copied = compiled.state(person(copies), sample.asOf());
            for (Competency competency : sample.framework().competencies()) {
                assertThat(copied.level(new String(competency.id()))).isEqualTo(original.level(competency.id()));
            }
        });
    }

    /** The documented steps, one after the other, over lists; empty when the competency is unknown. */
    static Optional<Level> reference(Framework framework, String competency, List<Rating> all, LocalDate asOf) {
        RatingPolicy policy = framework.ratingPolicy();
        List<Level> scale = framework.effectiveScale(competency).map(ProficiencyScale::levelsByRank)
                .orElse(List.of());
        List<String> levelIds = scale.stream().map(Level::id).toList();
        // 1. Ratings of this competency at a level of its scale, not after the as-of date, not older than the
        //    window, from a source the policy lists.
        List<Rating> valid = all.stream()
                .filter(rating -> rating.competency().equals(competency))
                .filter(rating -> levelIds.contains(rating.level()))
                .filter(rating -> !rating.date().isAfter(asOf))
                .filter(rating -> policy.validityMonths().isEmpty()
                        || !rating.date().isBefore(asOf.minusMonths(policy.validityMonths().get())))
                .filter(rating -> policy.sources().containsKey(rating.source()))
                .toList();
        // 2. Each rater's latest rating (on the same day, the lower level); a rater is a source and an id, and
        //    a rating without an id is a rater of its own.
        Comparator<Rating> later = Comparator.comparing(Rating::date)
                .thenComparing(Comparator.comparingInt((Rating rating) -> levelIds.indexOf(rating.level()))
                        .reversed());
        Map<Object, Rating> latest = new LinkedHashMap<>();
        for (Rating rating : valid) {
            Object rater = rating.rater().isPresent() ? List.of(rating.source(), rating.rater().get())
                    : new Object();
            latest.merge(rater, rating, (one, other) -> later.compare(one, other) >= 0 ? one : other);
        }
        // 3. Sources with fewer distinct raters than their minimum are dropped.
        List<Rating> counted = latest.values().stream()
                .filter(rating -> latest.values().stream().filter(o -> o.source() == rating.source()).count()
                        >= policy.sources().get(rating.source()).minRaters())
                .toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        // 4. The positions combined.
        List<Integer> positions = counted.stream().map(rating -> levelIds.indexOf(rating.level())).sorted().toList();
        int position = switch (policy.aggregation()) {
            case MEDIAN -> positions.get((positions.size() - 1) / 2);
            case MEAN -> (int) Math.floor(positions.stream().mapToInt(Integer::intValue).average().orElseThrow());
            case MINIMUM -> positions.get(0);
            case LATEST -> levelIds.indexOf(counted.stream().max(later).orElseThrow().level());
        };
        return Optional.of(Objects.requireNonNull(scale.get(position)));
    }
}
