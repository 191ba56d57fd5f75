package org.cadre.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.CompiledRule;
import org.cadre.evaluation.PersonState;
import org.cadre.evaluation.Verdict;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the benchmarks measure is worth measuring: the synthetic cohort is reproducible, valid against the
 * framework, spread over every verdict, and the hand-written baseline gives Cadre's answers. No timing here:
 * performance is measured with JMH only (see docs/performance.md).
 */
class SyntheticCohortTest {

    private static CompiledFramework ladder;
    private static List<Person> people;

    @BeforeAll
    static void generate() {
        ladder = SyntheticCohort.compiled();
        people = SyntheticCohort.people(ladder.framework());
    }

    @Test
    void theSameSeedGivesTheSameCohort() {
        assertThat(people).hasSize(SyntheticCohort.PEOPLE);
        assertThat(SyntheticCohort.people(ladder.framework())).isEqualTo(people);
        assertThat(SyntheticCohort.people(ladder.framework(), 10, SyntheticCohort.SEED + 1))
                .isNotEqualTo(people.subList(0, 10));
    }

    @Test
    void everyRecordIsValidAgainstTheFramework() {
        DocumentLoader loader = DocumentLoader.create();
        for (Person person : people) {
            assertThat(loader.checkPerson(ladder.framework(), person, SyntheticCohort.AS_OF).issues())
                    .as(person.id()).isEmpty();
        }
    }

    @Test
    void everyEntryRuleGivesEveryVerdictToSomePeople() {
        for (Programme programme : ladder.framework().programmes()) {
            CompiledRule rule = ladder.entry(programme.id()).orElse(null);
            if (rule == null) {
                continue;
            }
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            for (Person person : people) {
                PersonState state = ladder.state(person, SyntheticCohort.AS_OF);
                verdicts.merge(rule.verdict(state), 1, Integer::sum);
            }
            assertThat(verdicts).as(programme.id() + " " + verdicts).containsOnlyKeys(Verdict.values());
            if (programme.id().equals(SyntheticCohort.NYE_BEVAN)) {
                assertThat(verdicts.values()).as(programme.id() + " " + verdicts).allMatch(count -> count >= 20);
            }
        }
    }

    @Test
    void theHandWrittenRuleAgreesWithCadre() {
        assertThat(HandWrittenBaseline.check(ladder, people, SyntheticCohort.AS_OF)).isEmpty();
    }
}
