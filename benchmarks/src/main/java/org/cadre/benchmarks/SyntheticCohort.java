package org.cadre.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cadre.evaluation.CompiledFramework;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Competency;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.Rating;

/**
 * The data every benchmark shares: the shipped NHS Healthcare Leadership Model framework (loaded from the
 * {@code examples} jar and compiled) and a deterministic synthetic cohort of people on its ladder.
 *
 * <p>The cohort is generated from a seeded {@link SplittableRandom}, so every run, fork and benchmark class
 * sees the same people. Each person has a seniority (how far up the ladder they are) that shapes the rest
 * of the record, so that every programme's entry rule comes out {@code MET}, {@code NOT_MET} and
 * {@code UNKNOWN} for a fair share of the cohort:
 * <ul>
 *   <li>ratings on the nine dimensions: usually one manager, often an assessor too, sometimes two or three
 *       peers (two peers do not count under the framework's policy); one dimension in ten is never
 *       assessed, and some ratings are older than the policy's 36-month validity window;</li>
 *   <li>the facts {@code monthsInRole}, {@code monthsLeadingTeams}, {@code practiceHours}, {@code band},
 *       {@code role} and {@code degree}, with string values taken from the values the framework declares;
 *       one fact in twenty is missing;</li>
 *   <li>the programmes below their rung completed, sometimes the next one enrolled in, and a few items of
 *       evidence.</li>
 * </ul>
 */
public final class SyntheticCohort {

    /** The date every benchmark judges people at. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** The seed of the default cohort. */
    public static final long SEED = 20261101L;

    /** The number of people in the default cohort. */
    public static final int PEOPLE = 1_000;

    /** The programme whose entry rule {@link HandWrittenBaseline} writes by hand. */
    public static final String NYE_BEVAN = "nhs.nye-bevan";

    /**
     * The NHS ladder the benchmarks judge: a pinned copy of the shipped {@code examples/frameworks/nhs-hlm.json}
     * as it was when the figures in docs/performance.md were taken. The shipped example grows (more rules, more
     * rungs with completion rules); the benchmarks, their hand-written baselines and their peer translations
     * keep measuring this one, so that figures stay comparable from commit to commit.
     */
    private static final String FRAMEWORK = "nhs-hlm-ladder.json";

    private SyntheticCohort() {
    }

    /** The bytes of the pinned NHS framework document. */
    public static byte[] frameworkBytes() {
        try (java.io.InputStream in = SyntheticCohort.class.getResourceAsStream(FRAMEWORK)) {
            if (in == null) {
                throw new IllegalStateException("the pinned ladder " + FRAMEWORK + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped NHS framework, loaded and checked; throws if it is not valid. */
    public static Framework framework() {
        return DocumentLoader.create().loadFramework(frameworkBytes(), FRAMEWORK).orThrow();
    }

    /** The shipped NHS framework, compiled. */
    public static CompiledFramework compiled() {
        return CompiledFramework.compile(framework());
    }

    /** The default cohort: {@link #PEOPLE} people from {@link #SEED}. */
    public static List<Person> people(Framework framework) {
        return people(framework, PEOPLE, SEED);
    }

    /**
     * A cohort of people on a framework's ladder, the same for the same arguments.
     *
     * @param framework a framework whose root competency has rated children (the NHS one, in practice)
     * @param size      how many people
     * @param seed      the seed of the generator
     */
    public static List<Person> people(Framework framework, int size, long seed) {
        List<Person> people = new ArrayList<>(size);
        lazily(framework, size, seed).forEach(people::add);
        return List.copyOf(people);
    }

    /**
     * The same people as {@link #people(Framework, int, long)}, generated one at a time as they are iterated
     * (each iteration starts again from the seed), so that a cohort of any size can be written without
     * holding it in memory.
     */
    public static Iterable<Person> lazily(Framework framework, int size, long seed) {
        List<Competency> dimensions = framework.children(framework.roots().get(0).id());
        List<Programme> ladder = framework.programmes();
        return () -> new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Person next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return person(framework, dimensions, ladder, String.format("bench-%05d", next++), random);
            }
        };
    }

    private static Person person(Framework framework, List<Competency> dimensions, List<Programme> ladder,
                                 String id, SplittableRandom random) {
        Person.Builder builder = Person.builder(id);
        // 0 = new to leadership ... ladder.size() - 1 = at the top of the ladder.
        int seniority = random.nextInt(ladder.size());
        int top = seniority * 4 / ladder.size(); // the typical level position, 0..3
        for (Competency dimension : dimensions) {
            if (random.nextInt(10) == 0) {
                continue; // never assessed
            }
            List<Level> levels = framework.effectiveScale(dimension.id()).orElseThrow().levelsByRank();
            rate(builder, dimension.id(), levels, top, RaterSource.MANAGER, "m-" + random.nextInt(200), 1, random);
            if (random.nextInt(10) < 3) {
                rate(builder, dimension.id(), levels, top, RaterSource.ASSESSOR, "a-" + random.nextInt(20), 1,
                        random);
            }
            if (random.nextInt(100) < 15) {
                rate(builder, dimension.id(), levels, top, RaterSource.PEER, "p-" + random.nextInt(500),
                        2 + random.nextInt(2), random);
            }
        }
        for (int rung = 0; rung < seniority; rung++) {
            builder.programme(ProgrammeRecord.completed(ladder.get(rung).id(),
                    AS_OF.minusMonths(1 + random.nextInt(60))));
        }
        if (seniority < ladder.size() && random.nextInt(10) == 0) {
            builder.programme(ProgrammeRecord.enrolled(ladder.get(seniority).id(),
                    AS_OF.minusMonths(random.nextInt(6))));
        }
        int evidence = random.nextInt(4);
        for (int e = 0; e < evidence; e++) {
            Competency dimension = dimensions.get(random.nextInt(dimensions.size()));
            String kind = random.nextInt(5) == 0 ? "dissertation" : "work-based-assignment";
            builder.evidence(new Evidence(dimension.id(), kind, Optional.of(RaterSource.ASSESSOR),
                    AS_OF.minusMonths(random.nextInt(24)), Optional.empty()));
        }
        number(builder, "monthsInRole", random.nextInt(6 + seniority * 12), random);
        number(builder, "monthsLeadingTeams", random.nextInt(1 + seniority * 24), random);
        number(builder, "practiceHours", random.nextInt(50 + seniority * 100), random);
        string(builder, framework, "band", seniority, ladder.size(), random);
        string(builder, framework, "role", seniority, ladder.size(), random);
        string(builder, framework, "degree", random.nextInt(ladder.size()), ladder.size(), random);
        return builder.build();
    }

    /** {@code raters} ratings of one competency from one source, near the person's typical level. */
    private static void rate(Person.Builder builder, String competency, List<Level> levels, int typical,
                             RaterSource source, String rater, int raters, SplittableRandom random) {
        for (int r = 0; r < raters; r++) {
            int position = Math.max(0, Math.min(levels.size() - 1, typical + random.nextInt(3) - 1));
            // Up to 48 months old: a quarter of them are past the policy's 36-month validity window.
            LocalDate date = AS_OF.minusMonths(random.nextInt(48)).minusDays(random.nextInt(28));
            builder.rating(new Rating(competency, levels.get(position).id(), source,
                    Optional.of(raters == 1 ? rater : rater + "-" + r), date));
        }
    }

    private static void number(Person.Builder builder, String fact, long value, SplittableRandom random) {
        if (random.nextInt(20) != 0) {
            builder.number(fact, value);
        }
    }

    /** One of the fact's declared values, higher for more senior people (values are listed lowest first). */
    private static void string(Person.Builder builder, Framework framework, String fact, int seniority, int rungs,
                               SplittableRandom random) {
        List<String> values = framework.fact(fact).map(FactDefinition::values).orElse(List.of());
        if (values.isEmpty() || random.nextInt(20) == 0) {
            return;
        }
        int centre = seniority * (values.size() - 1) / Math.max(1, rungs - 1);
        int index = Math.max(0, Math.min(values.size() - 1, centre + random.nextInt(5) - 2));
        builder.string(fact, values.get(index));
    }
}
