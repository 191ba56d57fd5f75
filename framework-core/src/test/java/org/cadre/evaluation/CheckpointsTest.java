package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.model.Checkpoint;
import org.cadre.model.CompetencySet;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;
import org.cadre.person.Rating;
import org.junit.jupiter.api.Test;

/** Following a participant through a programme's checkpoints. */
class CheckpointsTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    private static final CompiledFramework COMPILED = compiled();

    private static CompiledFramework compiled() {
        Framework framework = TestFramework.framework();
        List<Programme> programmes = new ArrayList<>(framework.programmes());
        programmes.add(Programme.builder("long", "Two-year programme").checkpoints(List.of(
                new Checkpoint("project", Optional.of("A project"), 6, new Rule.EvidenceCount(CompetencySet.of("vision"),
                        1, List.of("project"), List.of(), Optional.empty())),
                new Checkpoint("vision", Optional.empty(), 12, new Rule.Level("vision", Rule.Comparison.AT_LEAST,
                        "strong")),
                new Checkpoint("end", Optional.empty(), 24, new Rule.Level("purpose", Rule.Comparison.AT_LEAST,
                        "strong")))).build());
        return CompiledFramework.compile(framework.toBuilder().programmes(programmes).build());
    }

    private static Person.Builder participant() {
        return Person.builder("p").programme(new ProgrammeRecord("long", ProgrammeState.ENROLLED, Optional.of(START),
                Optional.empty()));
    }

    @Test
    void eachCheckpointIsJudgedOnTheRecordAsItStoodOnItsDueDate() {
        Person person = participant()
                .evidence(new Evidence("vision", "project", Optional.empty(), LocalDate.of(2026, 2, 10), Optional.empty()))
                // Strong at vision only after the twelve-month checkpoint fell due: too late for it.
                .rating(new Rating("vision", "strong", RaterSource.MANAGER, Optional.of("m"), LocalDate.of(2026, 10, 1)))
                .build();

        Checkpoints.Progress progress = Checkpoints.of(COMPILED, "long").progress(person, TestFramework.AS_OF);

        assertThat(progress.start()).contains(START);
        assertThat(progress.checkpoints()).extracting(Checkpoints.Status::state).containsExactly(
                Checkpoints.State.MET, Checkpoints.State.UNKNOWN, Checkpoints.State.NOT_DUE);
        assertThat(progress.checkpoints()).extracting(status -> status.due().orElseThrow()).containsExactly(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
        assertThat(progress.checkpoints().get(1).missing()).containsExactly("a rating of Sharing the vision");
        assertThat(progress.onTrack()).isFalse();
    }

    @Test
    void aCheckpointDueWithItsRuleUnmetIsNotMet() {
        Person person = participant().rating(new Rating("vision", "essential", RaterSource.MANAGER, Optional.of("m"),
                LocalDate.of(2026, 1, 5))).build();

        Checkpoints.Progress progress = Checkpoints.of(COMPILED, "long").progress(person, TestFramework.AS_OF);

        assertThat(progress.checkpoints()).extracting(Checkpoints.Status::state).containsExactly(
                Checkpoints.State.NOT_MET, Checkpoints.State.NOT_MET, Checkpoints.State.NOT_DUE);
    }

    @Test
    void withoutAStartDateNoCheckpointCanBePlaced() {
        Person person = Person.builder("q").programme(ProgrammeRecord.completed("long", LocalDate.of(2026, 1, 1)))
                .build();

        Checkpoints.Progress progress = Checkpoints.of(COMPILED, "long").progress(person, TestFramework.AS_OF);

        assertThat(progress.start()).isEmpty();
        assertThat(progress.checkpoints()).allSatisfy(status -> {
            assertThat(status.state()).isEqualTo(Checkpoints.State.NOT_STARTED);
            assertThat(status.due()).isEmpty();
        });
        assertThat(Checkpoints.State.NOT_STARTED.label()).isEqualTo("not-started");
    }
}
