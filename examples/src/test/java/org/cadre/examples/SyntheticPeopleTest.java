package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cadre.check.PersonChecker;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.evaluation.Progression;
import org.cadre.evaluation.Selection;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.junit.jupiter.api.Test;

/** The demo's synthetic cohort: deterministic, valid against its framework, and varied. */
class SyntheticPeopleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Framework framework(String name) {
        return DocumentLoader.create().loadFramework(ShippedExamples.framework(name), name).orThrow();
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        Framework hlm = framework("nhs-hlm.json");

        assertThat(SyntheticPeople.generate(hlm, 50, 7, AS_OF)).isEqualTo(SyntheticPeople.generate(hlm, 50, 7, AS_OF));
        assertThat(SyntheticPeople.generate(hlm, 50, 8, AS_OF)).isNotEqualTo(SyntheticPeople.generate(hlm, 50, 7, AS_OF));
    }

    @Test
    void everySyntheticRecordPassesThePersonChecksOfEveryShippedFramework() {
        for (String name : ShippedExamples.FRAMEWORKS) {
            Framework framework = framework(name);
            for (Person person : SyntheticPeople.generate(framework, 200, 11, AS_OF)) {
                assertThat(PersonChecker.check(framework, person, AS_OF)).as(name + " " + person.id()).isEmpty();
            }
        }
    }

    @Test
    void theNhsCohortHasPeopleEligibleUnknownAndNotYetEligibleOnTheMiddleRungs() {
        Framework hlm = framework("nhs-hlm.json");
        CompiledFramework ladder = CompiledFramework.compile(hlm);
        List<Person> people = SyntheticPeople.generate(hlm, 600, SyntheticPeople.DEMO_SEED, AS_OF);

        for (String rung : List.of("nhs.mary-seacole", "nhs.rosalind-franklin", "nhs.elizabeth-garrett-anderson")) {
            List<Progression.Status> statuses = people.stream().map(p -> ladder.progression(p, AS_OF).programmes()
                    .stream().filter(r -> r.programmeId().equals(rung)).findFirst().orElseThrow().status()).toList();
            assertThat(statuses).as(rung).contains(Progression.Status.ELIGIBLE, Progression.Status.UNKNOWN,
                    Progression.Status.NOT_YET_ELIGIBLE, Progression.Status.COMPLETED);
        }
    }

    @Test
    void theTopLeadersProgrammeFillsItsTwoHundredAndFiftyPlacesFromALargePool() {
        Framework sa = framework("sa-health-leaders.json");
        List<Person> people = SyntheticPeople.generate(sa, 1_500, SyntheticPeople.DEMO_SEED + 4, AS_OF);

        Selection.Result result = Selection.of(CompiledFramework.compile(sa), "sa.top-leaders").select(people, AS_OF);

        assertThat(result.selected()).hasSize(250);
        assertThat(result.waiting()).isNotEmpty();
        assertThat(result.selected()).extracting(Selection.Candidate::rank).startsWith(1, 2, 3);
        assertThat(result.waiting().get(0).rank()).isEqualTo(251);
    }
}
