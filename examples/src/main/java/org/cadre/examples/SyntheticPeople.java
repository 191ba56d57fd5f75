package org.cadre.examples;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.cadre.model.Checkpoint;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;

/**
 * A deterministic synthetic cohort for any framework: the same framework, size, seed and date always give
 * the same people. Used by {@code cadre demo} and by tests; the people are invented and carry no one's data.
 *
 * <p>Each person has a seniority between 0 and 1 (most people junior, few at the top) that shapes the rest of
 * the record:
 * <ul>
 *   <li>ratings of every rated leaf competency from a manager, a self-rating, often an assessor, sometimes
 *       three peers (enough to count under the usual policy) or two (too few); a competency in twelve is
 *       never assessed, and some ratings are older than a 36-month validity window;</li>
 *   <li>the rungs of the ladder below the person's seniority completed, and sometimes the next one started,
 *       with the evidence most participants produce for its checkpoints;</li>
 *   <li>items of the kinds of evidence the framework's rules ask for;</li>
 *   <li>facts by name: {@code monthsInRole} (tenure: a few years at most for most people, and about two
 *       years for chief executives, as in public health), {@code monthsLeadingTeams},
 *       {@code practiceHours} (up to about 14,000 for the most senior), team facts, self-declared facts with
 *       plausible shares; any other string fact takes a value by seniority from the declared values, listed
 *       lowest first. One fact in twenty-five is left out.</li>
 * </ul>
 */
public final class SyntheticPeople {

    /** The seed {@code cadre demo} uses. */
    public static final long DEMO_SEED = 20261101L;

    private final Framework framework;
    private final LocalDate asOf;
    private final List<Competency> rated = new ArrayList<>();
    private final List<String> evidenceKinds;

    private SyntheticPeople(Framework framework, LocalDate asOf) {
        this.framework = framework;
        this.asOf = asOf;
        for (Competency competency : framework.competencies()) {
            if (competency.status() == CompetencyStatus.ACTIVE && framework.effectiveScale(competency.id()).isPresent()
                    && framework.children(competency.id()).isEmpty()) {
                rated.add(competency);
            }
        }
        this.evidenceKinds = List.copyOf(evidenceKinds(framework));
    }

    /**
     * A cohort of invented people for a framework.
     *
     * @param framework the framework whose competencies, programmes and facts the records use
     * @param size      how many people
     * @param seed      the seed: the same seed gives the same people
     * @param asOf      the date the records are as of: nothing is dated after it
     * @return the people, with ids {@code syn-00001}, {@code syn-00002}, …
     */
    public static List<Person> generate(Framework framework, int size, long seed, LocalDate asOf) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        SyntheticPeople generator = new SyntheticPeople(framework, asOf);
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            people.add(generator.person(String.format(java.util.Locale.ROOT, "syn-%05d", i), random));
        }
        return List.copyOf(people);
    }

    private Person person(String id, SplittableRandom random) {
        Person.Builder builder = Person.builder(id);
        double seniority = Math.pow(random.nextDouble(), 1.6);
        for (Competency competency : rated) {
            if (random.nextInt(12) == 0) {
                continue;
            }
            List<Level> levels = framework.effectiveScale(competency.id()).orElseThrow().levelsByRank();
            double typical = seniority * (levels.size() - 1) + random.nextDouble() * 1.2 - 0.4;
            rate(builder, competency.id(), levels, typical, RaterSource.MANAGER, "m-" + random.nextInt(400), 1, random);
            rate(builder, competency.id(), levels, typical + 0.6, RaterSource.SELF, null, 1, random);
            if (random.nextInt(10) < 3) {
                rate(builder, competency.id(), levels, typical, RaterSource.ASSESSOR, "a-" + random.nextInt(30), 1,
                        random);
            }
            int peers = random.nextInt(10);
            if (peers < 3) {
                rate(builder, competency.id(), levels, typical, RaterSource.PEER, "p-" + random.nextInt(900),
                        peers == 0 ? 2 : 3, random);
            }
        }
        List<Programme> ladder = framework.programmes();
        int rungs = (int) Math.floor(seniority * ladder.size() * 0.9 + random.nextDouble() * 0.6);
        rungs = Math.min(rungs, ladder.size());
        for (int rung = 0; rung < rungs; rung++) {
            LocalDate end = asOf.minusMonths(2L + (long) (rungs - rung) * 12 + random.nextInt(12));
            builder.programme(new ProgrammeRecord(ladder.get(rung).id(), org.cadre.person.ProgrammeState.COMPLETED,
                    Optional.of(end.minusMonths(6)), Optional.of(end)));
        }
        if (rungs < ladder.size() && random.nextInt(8) == 0) {
            Programme next = ladder.get(rungs);
            int span = Math.max(1, next.checkpoints().stream().mapToInt(Checkpoint::month).max().orElse(12));
            LocalDate start = asOf.minusMonths(random.nextInt(span + 1)).minusDays(random.nextInt(28));
            builder.programme(ProgrammeRecord.enrolled(next.id(), start));
            checkpointEvidence(builder, next, start, seniority, random);
        }
        if (!evidenceKinds.isEmpty() && !rated.isEmpty()) {
            int items = random.nextInt(4);
            for (int e = 0; e < items; e++) {
                Competency competency = rated.get(random.nextInt(rated.size()));
                builder.evidence(new Evidence(competency.id(), evidenceKinds.get(random.nextInt(evidenceKinds.size())),
                        Optional.of(RaterSource.ASSESSOR), asOf.minusDays(random.nextInt(900)), Optional.empty()));
            }
        }
        boolean chiefExecutive = false;
        boolean tenure = false;
        for (FactDefinition fact : framework.facts()) {
            if (random.nextInt(25) == 0) {
                continue;
            }
            if (fact.type() == FactDefinition.Type.NUMBER) {
                builder.number(fact.name(), number(fact.name(), seniority, random));
                tenure |= fact.name().equals("monthsInRole");
            } else if (!fact.values().isEmpty()) {
                String value = string(fact, seniority, random);
                builder.string(fact.name(), value);
                chiefExecutive |= fact.name().equals("role") && value.equals("chief-executive");
            }
        }
        if (chiefExecutive && tenure) {
            // Chief executives in public health stay about two years in post on average.
            builder.number("monthsInRole", Math.round(-Math.log(1 - random.nextDouble()) * 24));
        }
        return builder.build();
    }

    /**
     * Most participants produce the evidence a checkpoint asks for a little before it falls due; some are
     * late or never do, more often the less senior they are.
     */
    private void checkpointEvidence(Person.Builder builder, Programme programme, LocalDate start, double seniority,
                                    SplittableRandom random) {
        for (Checkpoint checkpoint : programme.checkpoints()) {
            if (!(checkpoint.rule() instanceof Rule.EvidenceCount evidence) || evidence.kinds().isEmpty()
                    || random.nextDouble() > 0.55 + seniority * 0.4) {
                continue;
            }
            List<Competency> members = framework.resolve(evidence.set());
            LocalDate date = start.plusMonths(checkpoint.month()).minusDays(1 + random.nextInt(60))
                    .plusMonths(random.nextInt(10) == 0 ? 2 : 0);
            if (!members.isEmpty() && !date.isAfter(asOf) && !date.isBefore(start)) {
                builder.evidence(new Evidence(members.get(random.nextInt(members.size())).id(), evidence.kinds().get(0),
                        Optional.of(RaterSource.ASSESSOR), date, Optional.empty()));
            }
        }
    }

    private void rate(Person.Builder builder, String competency, List<Level> levels, double typical,
                      RaterSource source, String rater, int raters, SplittableRandom random) {
        for (int r = 0; r < raters; r++) {
            int position = (int) Math.round(typical + random.nextDouble() - 0.5);
            position = Math.max(0, Math.min(levels.size() - 1, position));
            LocalDate date = asOf.minusMonths(random.nextInt(44)).minusDays(random.nextInt(28));
            builder.rating(new Rating(competency, levels.get(position).id(), source,
                    rater == null ? Optional.empty() : Optional.of(raters == 1 ? rater : rater + "-" + r), date));
        }
    }

    private static long number(String name, double seniority, SplittableRandom random) {
        return switch (name) {
            case "monthsInRole" -> (long) Math.min(480, -Math.log(1 - random.nextDouble()) * (14 + seniority * 34));
            case "monthsLeadingTeams" -> Math.max(0, Math.round(seniority * 220 + random.nextGaussian() * 24));
            case "practiceHours" -> Math.max(0, Math.round(seniority * 14_000 * (0.55 + random.nextDouble() * 0.7)));
            case "monthsInTeam" -> Math.round(2 + seniority * 90 + random.nextDouble() * 12);
            case "teamSize" -> 6 + random.nextInt(9);
            case "teamsSupported" -> Math.round(seniority * 4 + random.nextDouble() * 0.8);
            default -> random.nextInt(101);
        };
    }

    private static final Map<String, Double> ETHNIC_GROUPS = Map.of("white", 0.74, "asian", 0.11, "black", 0.07,
            "mixed", 0.03, "other", 0.02, "not-stated", 0.03);

    private static String string(FactDefinition fact, double seniority, SplittableRandom random) {
        List<String> values = fact.values();
        if (fact.name().equals("ethnicGroup")) {
            double draw = random.nextDouble();
            for (String value : values) {
                draw -= ETHNIC_GROUPS.getOrDefault(value, 0.0);
                if (draw < 0) {
                    return value;
                }
            }
            return values.get(0);
        }
        if (values.equals(List.of("yes", "no"))) {
            return random.nextDouble() < 0.25 + seniority * 0.5 ? "yes" : "no";
        }
        int centre = (int) Math.round(seniority * (values.size() - 1));
        int index = Math.max(0, Math.min(values.size() - 1, centre + random.nextInt(3) - 1));
        return values.get(index);
    }

    /** The kinds of evidence the framework's rules name, in the order first met. */
    private static Set<String> evidenceKinds(Framework framework) {
        Set<String> kinds = new LinkedHashSet<>();
        Deque<Rule> todo = new ArrayDeque<>(framework.rules().values());
        for (Programme programme : framework.programmes()) {
            programme.entry().ifPresent(todo::add);
            programme.completion().ifPresent(todo::add);
            programme.checkpoints().forEach(checkpoint -> todo.add(checkpoint.rule()));
        }
        while (!todo.isEmpty()) {
            Rule rule = todo.pop();
            if (rule instanceof Rule.EvidenceCount evidence) {
                kinds.addAll(evidence.kinds());
            }
            todo.addAll(rule.children());
        }
        return kinds;
    }
}
