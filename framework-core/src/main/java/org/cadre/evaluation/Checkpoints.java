package org.cadre.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.Checkpoint;
import org.cadre.model.Programme;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;

/**
 * Follows a participant's progress through a programme's {@linkplain Programme#checkpoints() checkpoints}.
 * A checkpoint falls a number of months after the participant's start (the start date of their record of the
 * programme); once it is due, its rule is judged on the record as it stood on the due date, so evidence or
 * ratings that came later do not count toward it. Immutable and thread-safe.
 */
public final class Checkpoints {

    /** Where a participant is with one checkpoint. */
    public enum State {
        /** The person has no record of the programme with a start date, so no checkpoint can be placed. */
        NOT_STARTED,
        /** The checkpoint falls after the date of the judgement. */
        NOT_DUE,
        /** Due, and its rule held on the due date. */
        MET,
        /** Due, and its rule did not hold on the due date. */
        NOT_MET,
        /** Due, and missing data decides whether its rule held. */
        UNKNOWN;

        /** The lower-case name with hyphens, as in JSON output. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final CompiledFramework framework;
    private final Programme programme;
    private final List<CompiledRule> rules;

    private Checkpoints(CompiledFramework framework, Programme programme, List<CompiledRule> rules) {
        this.framework = framework;
        this.programme = programme;
        this.rules = rules;
    }

    /**
     * The checkpoints of one programme of a compiled framework.
     *
     * @throws IllegalArgumentException if the framework has no such programme
     */
    public static Checkpoints of(CompiledFramework framework, String programmeId) {
        Programme programme = Selection.programme(framework, programmeId);
        List<CompiledRule> rules = new ArrayList<>();
        for (Checkpoint checkpoint : programme.checkpoints()) {
            rules.add(framework.compile(checkpoint.rule()));
        }
        return new Checkpoints(framework, programme, List.copyOf(rules));
    }

    /** One person's standing at every checkpoint of the programme at a date. */
    public Progress progress(Person person, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        Optional<LocalDate> start = person.programmes().stream()
                .filter(record -> record.programme().equals(programme.id()))
                .map(ProgrammeRecord::start).flatMap(Optional::stream)
                .filter(date -> !date.isAfter(asOf)).max(Comparator.naturalOrder());
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Checkpoint checkpoint = programme.checkpoints().get(i);
            if (start.isEmpty()) {
                statuses.add(new Status(checkpoint.id(), checkpoint.month(), Optional.empty(), State.NOT_STARTED,
                        List.of()));
                continue;
            }
            LocalDate due = start.get().plusMonths(checkpoint.month());
            if (due.isAfter(asOf)) {
                statuses.add(new Status(checkpoint.id(), checkpoint.month(), Optional.of(due), State.NOT_DUE,
                        List.of()));
                continue;
            }
            PersonState state = framework.state(person, due);
            Verdict verdict = rules.get(i).verdict(state);
            State reached = switch (verdict) {
                case MET -> State.MET;
                case NOT_MET -> State.NOT_MET;
                case UNKNOWN -> State.UNKNOWN;
            };
            List<String> missing = verdict == Verdict.UNKNOWN ? rules.get(i).explain(state).missing() : List.of();
            statuses.add(new Status(checkpoint.id(), checkpoint.month(), Optional.of(due), reached, missing));
        }
        return new Progress(person.id(), programme.id(), asOf, start, statuses);
    }

    @Override
    public String toString() {
        return "Checkpoints[" + programme.id() + ", " + rules.size() + "]";
    }

    /**
     * One checkpoint for one person.
     *
     * @param checkpointId the checkpoint
     * @param month        months after the start it falls
     * @param due          the date it falls on; empty when the person has not started
     * @param state        where the person is with it
     * @param missing      for UNKNOWN, the data that would decide it
     */
    public record Status(String checkpointId, int month, Optional<LocalDate> due, State state, List<String> missing) {
        /** Validates and copies the components. */
        public Status {
            Objects.requireNonNull(checkpointId, "checkpointId");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(state, "state");
            missing = List.copyOf(missing);
        }
    }

    /**
     * A participant's progress.
     *
     * @param personId    the person
     * @param programmeId the programme
     * @param asOf        the date of the judgement
     * @param start       when they started the programme, if recorded
     * @param checkpoints each checkpoint, in the programme's order
     */
    public record Progress(String personId, String programmeId, LocalDate asOf, Optional<LocalDate> start,
                           List<Status> checkpoints) {
        /** Validates and copies the components. */
        public Progress {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(start, "start");
            checkpoints = List.copyOf(checkpoints);
        }

        /** Whether every checkpoint due so far was met. */
        public boolean onTrack() {
            return checkpoints.stream().allMatch(status -> status.state() == State.MET
                    || status.state() == State.NOT_DUE);
        }
    }
}
