package org.cadre.json.property;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cadre.model.Extensions;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;

/**
 * A generator of person records that the format accepts, not tied to any framework: ids, levels and
 * programmes are any identifiers; dates any day from year 0001 to 9999 (mostly recent ones, with the odd
 * 29 February); rater ids and references now and then; number facts in every form a {@link BigDecimal}
 * prints ({@code 1.50}, {@code 1E+3}, very long); string facts with any text; {@code x-} fields. Cohorts are
 * lists of such people with unique ids.
 */
final class People {

    private static final List<String> FACT_NAMES = List.of("practiceHours", "monthsInRole", "band", "staffGroup",
            "positiveAction", "A", "x.y-z_1", "hours2024", "Z-");
    private static final List<String> NUMBERS = List.of("0", "10000", "1500.50", "-3", "1E+3", "2.5E-7", "0.000",
            "123456789012345678901234567890", "-0.5", "24", "1E+400");
    private static final List<String> KINDS = List.of("360-feedback", "project", "reflective-log", "a", "x.y:z_1",
            "0");

    private People() {
    }

    /** One person; shrinks by dropping parts. */
    static Generator<Person> persons() {
        Generator<Person> plain = People::person;
        return plain.withShrinker(People::shrink).describedBy(People::describe);
    }

    /** 0 to 8 people with unique ids; shrinks by dropping people and shrinking each. */
    static Generator<List<Person>> cohorts() {
        Generator<List<Person>> plain = random -> {
            List<Person> people = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int p = random.between(0, 8); p > 0; p--) {
                Person person = person(random);
                if (ids.add(person.id())) {
                    people.add(person);
                }
            }
            return people;
        };
        return plain.withShrinker(People::shrinkCohort)
                .describedBy(people -> people.stream().map(People::describe).toList().toString());
    }

    static Person person(RandomSource random) {
        Person.Builder person = Person.builder(Identifiers.id(random));
        for (int r = random.between(0, 6); r > 0; r--) {
            person.rating(new Rating(Identifiers.id(random), Identifiers.id(random),
                    random.pick(List.of(RaterSource.values())),
                    random.chance(0.6) ? Optional.of(Identifiers.id(random)) : Optional.empty(), date(random)));
        }
        for (int e = random.between(0, 3); e > 0; e--) {
            person.evidence(new Evidence(Identifiers.id(random), random.chance(0.7) ? random.pick(KINDS)
                    : Identifiers.tagLike(random),
                    random.chance(0.5) ? Optional.of(random.pick(List.of(RaterSource.values()))) : Optional.empty(),
                    date(random), random.chance(0.5) ? Optional.of(Texts.text(random, 2000)) : Optional.empty()));
        }
        for (int p = random.between(0, 3); p > 0; p--) {
            person.programme(new ProgrammeRecord(Identifiers.id(random), random.pick(List.of(ProgrammeState.values())),
                    random.chance(0.5) ? Optional.of(date(random)) : Optional.empty(),
                    random.chance(0.5) ? Optional.of(date(random)) : Optional.empty()));
        }
        Set<String> names = new HashSet<>();
        for (int f = random.between(0, 4); f > 0; f--) {
            String name = random.chance(0.8) ? random.pick(FACT_NAMES) : "f" + random.between(0, 1000);
            if (!names.add(name)) {
                continue;
            }
            if (random.nextBoolean()) {
                person.number(name, random.chance(0.6) ? new BigDecimal(random.pick(NUMBERS))
                        : BigDecimal.valueOf(random.between(-100_000, 100_000)));
            } else {
                person.string(name, random.chance(0.5) ? random.pick(List.of("5", "8a", "nurse", "yes"))
                        : Texts.text(random, 500));
            }
        }
        if (random.chance(0.25)) {
            person.extensions(Extensions.of(JsonValues.extensions(random, 3)));
        }
        return person.build();
    }

    /** A date from 0001-01-01 to 9999-12-31, mostly in recent years, sometimes a 29 February. */
    private static LocalDate date(RandomSource random) {
        if (random.chance(0.05)) {
            return LocalDate.of(random.pick(List.of(2024, 2000, 1996)), 2, 29);
        }
        int year = random.chance(0.9) ? random.between(1990, 2030) : random.between(1, 9999);
        return LocalDate.ofYearDay(year, random.between(1, LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    private static Stream<Person> shrink(Person person) {
        List<Person> candidates = new ArrayList<>();
        Person.Builder bare = Person.builder(person.id());
        candidates.add(bare.build());
        candidates.add(person.toBuilder().clearRatings().build());
        candidates.add(person.toBuilder().extensions(Extensions.none()).build());
        Person.Builder noFacts = Person.builder(person.id()).extensions(person.extensions());
        person.ratings().forEach(noFacts::rating);
        person.evidence().forEach(noFacts::evidence);
        person.programmes().forEach(noFacts::programme);
        candidates.add(noFacts.build());
        return candidates.stream().filter(candidate -> !candidate.equals(person));
    }

    private static Stream<List<Person>> shrinkCohort(List<Person> people) {
        List<List<Person>> candidates = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            List<Person> fewer = new ArrayList<>(people);
            fewer.remove(i);
            candidates.add(fewer);
        }
        for (int i = 0; i < people.size(); i++) {
            int index = i;
            shrink(people.get(i)).forEach(smaller -> {
                List<Person> changed = new ArrayList<>(people);
                changed.set(index, smaller);
                candidates.add(changed);
            });
        }
        return candidates.stream();
    }

    private static String describe(Person person) {
        try {
            return person + "\n" + org.cadre.json.DocumentWriter.create().write(person);
        } catch (RuntimeException e) {
            return person + " (the writer failed: " + e + ")";
        }
    }
}
