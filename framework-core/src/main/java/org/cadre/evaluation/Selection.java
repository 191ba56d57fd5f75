package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.SelectionKey;
import org.cadre.person.Person;

/**
 * Selects a cohort for a programme with limited places: of the people whose entry rule is met at a date
 * (and who have not already taken or started the programme), ranks them by the programme's
 * {@linkplain Programme#selection() selection keys} and gives the first {@linkplain Programme#capacity()
 * capacity} of them places; the rest wait, in rank order. Every key is compared in turn; people no key tells
 * apart are ordered by id (ascending, as text), so the same people and date always give the same cohort,
 * whatever order the people come in. A person whose entry rule is {@code UNKNOWN} is neither selected nor
 * refused: they are counted, so that the missing data can be collected. Immutable and thread-safe.
 *
 * <pre>{@code
 * Selection selection = Selection.of(compiled, "sa.top-leaders");
 * Selection.Result result = selection.select(people, asOf);
 * result.selected().forEach(c -> System.out.println(c.rank() + " " + c.personId() + " " + c.keys()));
 * }</pre>
 */
public final class Selection {

    private final CompiledFramework framework;
    private final Programme programme;
    private final List<Key> keys;

    private Selection(CompiledFramework framework, Programme programme, List<Key> keys) {
        this.framework = framework;
        this.programme = programme;
        this.keys = keys;
    }

    /**
     * The selection for one programme of a compiled framework.
     *
     * @throws IllegalArgumentException if the framework has no such programme
     */
    public static Selection of(CompiledFramework framework, String programmeId) {
        Programme programme = programme(framework, programmeId);
        List<Key> keys = new ArrayList<>();
        for (SelectionKey key : programme.selection()) {
            if (key instanceof SelectionKey.ByFact byFact) {
                keys.add(new FactKey(byFact));
            } else if (key instanceof SelectionKey.ByMean byMean) {
                keys.add(new MeanKey(framework, byMean));
            } else {
                keys.add(new RuleKey(framework.compile(((SelectionKey.ByRule) key).rule())));
            }
        }
        return new Selection(framework, programme, List.copyOf(keys));
    }

    /** The framework's programme with this id; for {@link Selection} and {@link Checkpoints}. */
    static Programme programme(CompiledFramework framework, String programmeId) {
        Objects.requireNonNull(framework, "framework");
        return framework.framework().programme(programmeId).orElseThrow(() -> new IllegalArgumentException(
                "framework [" + framework.framework().id() + "] has no programme [" + programmeId + "]"));
    }

    /** The programme selected for. */
    public Programme programme() {
        return programme;
    }

    /**
     * Ranks the eligible people and fills the places.
     *
     * @param people the people to choose from; ids should be unique (a repeated id is ranked twice)
     * @param asOf   the date of the judgement
     */
    public Result select(Iterable<Person> people, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Ranked> eligible = new ArrayList<>();
        int unknown = 0;
        int notEligible = 0;
        int taken = 0;
        Optional<CompiledRule> entry = framework.entry(programme.id());
        for (Person person : people) {
            if (person.programmes().stream().anyMatch(record -> record.programme().equals(programme.id()))) {
                taken++;
                continue;
            }
            PersonState state = framework.state(person, asOf);
            Verdict verdict = entry.map(rule -> rule.verdict(state)).orElse(Verdict.MET);
            if (verdict == Verdict.UNKNOWN) {
                unknown++;
            } else if (verdict == Verdict.NOT_MET) {
                notEligible++;
            } else {
                List<Optional<Double>> values = new ArrayList<>(keys.size());
                for (Key key : keys) {
                    values.add(key.value(person, state));
                }
                eligible.add(new Ranked(person.id(), values));
            }
        }
        eligible.sort(this::compare);
        int places = programme.capacity().orElse(Integer.MAX_VALUE);
        List<Candidate> selected = new ArrayList<>();
        List<Candidate> waiting = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            Ranked ranked = eligible.get(i);
            List<String> shown = new ArrayList<>(keys.size());
            for (int k = 0; k < keys.size(); k++) {
                shown.add(keys.get(k).show(ranked.values().get(k)));
            }
            Candidate candidate = new Candidate(ranked.personId(), i + 1, shown);
            (i < places ? selected : waiting).add(candidate);
        }
        return new Result(programme.id(), asOf, programme.capacity(), selected, waiting, unknown, notEligible, taken);
    }

    private int compare(Ranked a, Ranked b) {
        for (int k = 0; k < keys.size(); k++) {
            Optional<Double> x = a.values().get(k);
            Optional<Double> y = b.values().get(k);
            if (x.isEmpty() || y.isEmpty()) {
                if (x.isPresent() != y.isPresent()) {
                    return x.isPresent() ? -1 : 1; // a missing value comes last, whatever the order
                }
                continue;
            }
            int byValue = Double.compare(x.get(), y.get());
            if (byValue != 0) {
                return keys.get(k).descending() ? -byValue : byValue;
            }
        }
        return a.personId().compareTo(b.personId());
    }

    private record Ranked(String personId, List<Optional<Double>> values) {
    }

    /**
     * One person's place in the ranking.
     *
     * @param personId the person
     * @param rank     1 for the first place, and so on through the waiting list
     * @param keys     the person's value for each selection key, in words (such as
     *                 {@code monthsLeadingTeams 96} or {@code mean level 2.40}), in key order
     */
    public record Candidate(String personId, int rank, List<String> keys) {
        /** Validates and copies the components. */
        public Candidate {
            Objects.requireNonNull(personId, "personId");
            keys = List.copyOf(keys);
        }
    }

    /**
     * A selection's outcome.
     *
     * @param programmeId the programme
     * @param asOf        the date of the judgement
     * @param capacity    the programme's places; empty when unlimited (everyone eligible is selected)
     * @param selected    the people given places, in rank order
     * @param waiting     eligible people beyond the places, in rank order
     * @param unknown     how many people's eligibility is unknown (missing data decides)
     * @param notEligible how many people's entry rule is not met
     * @param alreadyTaken how many people have already completed or started the programme
     */
    public record Result(String programmeId, LocalDate asOf, Optional<Integer> capacity, List<Candidate> selected,
                         List<Candidate> waiting, int unknown, int notEligible, int alreadyTaken) {
        /** Validates and copies the components. */
        public Result {
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(capacity, "capacity");
            selected = List.copyOf(selected);
            waiting = List.copyOf(waiting);
        }

        /** How many people were eligible: selected plus waiting. */
        public int eligible() {
            return selected.size() + waiting.size();
        }
    }

    /** A compiled selection key: a value per person (empty when missing) and a direction. */
    private interface Key {
        Optional<Double> value(Person person, PersonState state);

        boolean descending();

        String show(Optional<Double> value);
    }

    private record FactKey(SelectionKey.ByFact key) implements Key {
        @Override
        public Optional<Double> value(Person person, PersonState state) {
            return Optional.ofNullable(person.numbers().get(key.fact())).map(BigDecimal::doubleValue);
        }

        @Override
        public boolean descending() {
            return key.order() == SelectionKey.Order.DESCENDING;
        }

        @Override
        public String show(Optional<Double> value) {
            return key.fact() + " " + value.map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString())
                    .orElse("not recorded");
        }
    }

    private static final class MeanKey implements Key {
        private final SelectionKey.ByMean key;
        private final List<String> members = new ArrayList<>();
        private final List<List<Level>> scales = new ArrayList<>();

        MeanKey(CompiledFramework framework, SelectionKey.ByMean key) {
            this.key = key;
            for (Competency competency : framework.framework().resolve(key.set())) {
                Optional<ProficiencyScale> scale = framework.framework().effectiveScale(competency.id());
                if (scale.isPresent()) {
                    members.add(competency.id());
                    scales.add(scale.get().levelsByRank());
                }
            }
        }

        @Override
        public Optional<Double> value(Person person, PersonState state) {
            double sum = 0;
            int assessed = 0;
            for (int i = 0; i < members.size(); i++) {
                Optional<Level> level = state.level(members.get(i));
                if (level.isPresent()) {
                    sum += scales.get(i).indexOf(level.get());
                    assessed++;
                }
            }
            return assessed == 0 ? Optional.empty() : Optional.of(sum / assessed);
        }

        @Override
        public boolean descending() {
            return key.order() == SelectionKey.Order.DESCENDING;
        }

        @Override
        public String show(Optional<Double> value) {
            return "mean level " + value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("not assessed");
        }
    }

    private record RuleKey(CompiledRule rule) implements Key {
        @Override
        public Optional<Double> value(Person person, PersonState state) {
            Verdict verdict = rule.verdict(state);
            return Optional.of(verdict == Verdict.MET ? 2.0 : verdict == Verdict.UNKNOWN ? 1.0 : 0.0);
        }

        @Override
        public boolean descending() {
            return true;
        }

        @Override
        public String show(Optional<Double> value) {
            double v = value.orElse(0.0);
            return (v == 2.0 ? "met" : v == 1.0 ? "unknown" : "not met") + ": " + rule.text();
        }
    }

    @Override
    public String toString() {
        return "Selection[" + programme.id() + ", " + keys.size() + " keys]";
    }
}
