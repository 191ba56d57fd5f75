package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.model.SelectionKey;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;
import org.cadre.testing.Generators;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/** Selecting a cohort for a programme with limited places. */
class SelectionTest {

    private static final Rule SIX_MONTHS = new Rule.NumberFact("monthsInRole", Rule.Comparison.AT_LEAST,
            BigDecimal.valueOf(6));

    private static CompiledFramework withCohort(int capacity, List<SelectionKey> keys) {
        Framework framework = TestFramework.framework();
        List<Programme> programmes = new ArrayList<>(framework.programmes());
        programmes.add(Programme.builder("cohort", "Cohort programme").entry(SIX_MONTHS).capacity(capacity)
                .selection(keys).build());
        return CompiledFramework.compile(framework.toBuilder().programmes(programmes).build());
    }

    private static Person person(String id, Integer months, Integer hours, String visionLevel) {
        Person.Builder builder = Person.builder(id);
        if (months != null) {
            builder.number("monthsInRole", months);
        }
        if (hours != null) {
            builder.number("practiceHours", hours);
        }
        if (visionLevel != null) {
            builder.rating(new Rating("vision", visionLevel, RaterSource.MANAGER, Optional.of("m"),
                    TestFramework.RATED));
        }
        return builder.build();
    }

    private static List<String> ids(List<Selection.Candidate> candidates) {
        return candidates.stream().map(Selection.Candidate::personId).toList();
    }

    @Test
    void theFirstKeyDecidesThenTheNextAndFinallyThePersonId() {
        CompiledFramework compiled = withCohort(3, List.of(
                new SelectionKey.ByFact("practiceHours", SelectionKey.Order.DESCENDING),
                new SelectionKey.ByMean(CompetencySet.of("vision"), SelectionKey.Order.DESCENDING)));
        List<Person> people = List.of(person("e", 12, 500, "strong"), person("d", 12, 900, null),
                person("c", 12, 500, "exemplary"), person("b", 12, 500, "strong"), person("a", 3, 9000, "exemplary"));

        Selection.Result result = Selection.of(compiled, "cohort").select(people, TestFramework.AS_OF);

        assertThat(ids(result.selected())).containsExactly("d", "c", "b");
        assertThat(ids(result.waiting())).containsExactly("e");
        assertThat(result.waiting().get(0).rank()).isEqualTo(4);
        assertThat(result.notEligible()).isEqualTo(1);
        assertThat(result.selected().get(0).keys()).containsExactly("practiceHours 900", "mean level not assessed");
    }

    @Test
    void aMissingValueComesLastInEitherOrder() {
        for (SelectionKey.Order order : SelectionKey.Order.values()) {
            CompiledFramework compiled = withCohort(10, List.of(new SelectionKey.ByFact("practiceHours", order)));
            List<Person> people = List.of(person("a", 12, null, null), person("b", 12, 10, null),
                    person("c", 12, 20, null));

            Selection.Result result = Selection.of(compiled, "cohort").select(people, TestFramework.AS_OF);

            assertThat(ids(result.selected())).as(order.jsonName()).containsExactly(
                    order == SelectionKey.Order.DESCENDING ? "c" : "b", order == SelectionKey.Order.DESCENDING ? "b" : "c",
                    "a");
        }
    }

    @Test
    void aRuleKeyRanksMetBeforeUnknownBeforeNotMet() {
        CompiledFramework compiled = withCohort(10, List.of(new SelectionKey.ByRule(
                new Rule.Level("vision", Rule.Comparison.AT_LEAST, "strong"))));
        List<Person> people = List.of(person("a", 12, null, "essential"), person("b", 12, null, null),
                person("c", 12, null, "strong"));

        Selection.Result result = Selection.of(compiled, "cohort").select(people, TestFramework.AS_OF);

        assertThat(ids(result.selected())).containsExactly("c", "b", "a");
        assertThat(result.selected().get(1).keys()).singleElement().asString().startsWith("unknown: ");
    }

    @Test
    void peopleWithUnknownEntryOrWhoAlreadyTookTheProgrammeAreCountedNotRanked() {
        CompiledFramework compiled = withCohort(10, List.of());
        Person taken = person("t", 12, null, null).toBuilder()
                .programme(ProgrammeRecord.enrolled("cohort", TestFramework.RATED)).build();
        List<Person> people = List.of(person("u", null, null, null), taken, person("z", 12, null, null),
                person("y", 7, null, null));

        Selection.Result result = Selection.of(compiled, "cohort").select(people, TestFramework.AS_OF);

        assertThat(ids(result.selected())).containsExactly("y", "z");
        assertThat(result.unknown()).isEqualTo(1);
        assertThat(result.alreadyTaken()).isEqualTo(1);
        assertThat(result.eligible()).isEqualTo(2);
    }

    @Test
    void anUnknownProgrammeIsAMisuseOfTheApi() {
        assertThatThrownBy(() -> Selection.of(TestFramework.compiled(), "nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[nowhere]");
    }

    @Test
    void theSelectionDoesNotDependOnTheOrderThePeopleComeIn() {
        CompiledFramework compiled = withCohort(4, List.of(
                new SelectionKey.ByMean(CompetencySet.of("vision", "purpose", "agility"), SelectionKey.Order.DESCENDING),
                new SelectionKey.ByFact("practiceHours", SelectionKey.Order.ASCENDING)));
        Property.forAll("a shuffled cohort gives the same selection", Generators.integers(0, 1_000_000), seed -> {
            org.cadre.testing.RandomSource random = new org.cadre.testing.RandomSource(seed);
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Person spec = RuleGenerators.person(random, new java.util.LinkedHashSet<>(
                        List.of("vision", "purpose", "agility"))).toPerson();
                Person.Builder builder = Person.builder("p-" + random.between(0, 5) + "-" + i);
                spec.ratings().forEach(builder::rating);
                spec.numbers().forEach(builder::number);
                builder.number("monthsInRole", random.between(0, 12));
                people.add(builder.build());
            }
            Selection selection = Selection.of(compiled, "cohort");
            Selection.Result first = selection.select(people, TestFramework.AS_OF);
            List<Person> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            Selection.Result second = selection.select(shuffled, TestFramework.AS_OF);

            assertThat(second).isEqualTo(first);
            assertThat(first.selected().size()).isEqualTo(Math.min(4, first.eligible()));
            List<Selection.Candidate> all = new ArrayList<>(first.selected());
            all.addAll(first.waiting());
            assertThat(all).extracting(Selection.Candidate::rank)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, all.size()).boxed().toList());
        });
    }
}
