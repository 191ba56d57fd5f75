package org.cadre.benchmarks.peers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cadre.evaluation.PersonState;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.person.Evidence;
import org.cadre.person.Person;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;

/**
 * The practical limit: the eight rules of {@link LadderRules} for the NHS ladder written directly in Java,
 * as a programmer who knew them would, over a pool of people encoded once into flat arrays (a level
 * position per dimension, a {@code double} per number fact with NaN for "not recorded", an index per string
 * fact, a bit per completed programme, and the evidence as parallel arrays). Same three-valued answers as
 * Cadre: {@link LadderRules#MET} 0, {@link LadderRules#UNKNOWN} 1, {@link LadderRules#NOT_MET} 2.
 */
public final class LadderByHand {

    private static final int M = LadderRules.MET;
    private static final int U = LadderRules.UNKNOWN;
    private static final int N = LadderRules.NOT_MET;

    private static final int ESSENTIAL = 0;
    private static final int PROFICIENT = 1;
    private static final int STRONG = 2;
    private static final int EXEMPLARY = 3;

    // Programme bits.
    private static final int EDWARD_JENNER = 1;
    private static final int MARY_SEACOLE = 1 << 1;
    private static final int ROSALIND_FRANKLIN = 1 << 2;
    private static final int ELIZABETH_GARRETT_ANDERSON = 1 << 3;
    private static final int NYE_BEVAN = 1 << 4;
    private static final List<String> PROGRAMMES = List.of("nhs.edward-jenner", "nhs.mary-seacole",
            "nhs.rosalind-franklin", "nhs.elizabeth-garrett-anderson", "nhs.nye-bevan");

    /** The number of rules, in {@link LadderRules#rules()} order. */
    public static final int RULES = 8;

    private final int people;
    private final int dims;
    private final int inspiring;
    private final int leadingWithCare;
    private final int engaging;
    private final int[] levels;
    private final double[] monthsInRole;
    private final double[] monthsLeadingTeams;
    private final byte[] degree;
    private final byte[] band;
    private final byte[] role;
    private final boolean[] degreeAccepted;
    private final boolean[] bandAccepted;
    private final int directorRole;
    private final int chiefExecutiveRole;
    private final int[] completed;
    private final int[] evidenceStart;
    private final boolean[] evidenceOnDimension;
    private final boolean[] evidenceWorkBased;
    private final boolean[] evidenceDissertation;
    private final long[] evidenceDay;
    private final long asOfDay;
    private final long lastYearDay;

    /** Encodes the pool: the prepared states of its people, all at the same as-of date. */
    public LadderByHand(Framework framework, List<PersonState> pool) {
        List<String> dimensions = LadderRules.of(framework, pool.get(0).asOf()).dimensions();
        people = pool.size();
        dims = dimensions.size();
        inspiring = dimensions.indexOf("hlm.inspiring-shared-purpose");
        leadingWithCare = dimensions.indexOf("hlm.leading-with-care");
        engaging = dimensions.indexOf("hlm.engaging-the-team");
        List<String> degrees = values(framework, "degree");
        List<String> bands = values(framework, "band");
        List<String> roles = values(framework, "role");
        degreeAccepted = accepted(degrees, List.of("bachelor", "master", "doctorate"));
        bandAccepted = accepted(bands, List.of("8c", "8d", "9", "vsm"));
        directorRole = roles.indexOf("director");
        chiefExecutiveRole = roles.indexOf("chief-executive");
        levels = new int[people * dims];
        monthsInRole = new double[people];
        monthsLeadingTeams = new double[people];
        degree = new byte[people];
        band = new byte[people];
        role = new byte[people];
        completed = new int[people];
        evidenceStart = new int[people + 1];
        int items = pool.stream().mapToInt(state -> state.person().evidence().size()).sum();
        evidenceOnDimension = new boolean[items];
        evidenceWorkBased = new boolean[items];
        evidenceDissertation = new boolean[items];
        evidenceDay = new long[items];
        LocalDate asOf = pool.get(0).asOf();
        asOfDay = asOf.toEpochDay();
        lastYearDay = asOf.minusMonths(12).toEpochDay();
        int e = 0;
        for (int p = 0; p < people; p++) {
            PersonState state = pool.get(p);
            Person person = state.person();
            for (int d = 0; d < dims; d++) {
                List<Level> scale = framework.effectiveScale(dimensions.get(d)).orElseThrow().levelsByRank();
                levels[p * dims + d] = state.level(dimensions.get(d)).map(scale::indexOf).orElse(-1);
            }
            monthsInRole[p] = number(person, "monthsInRole");
            monthsLeadingTeams[p] = number(person, "monthsLeadingTeams");
            degree[p] = (byte) degrees.indexOf(person.strings().getOrDefault("degree", ""));
            band[p] = (byte) bands.indexOf(person.strings().getOrDefault("band", ""));
            role[p] = (byte) roles.indexOf(person.strings().getOrDefault("role", ""));
            for (ProgrammeRecord record : person.programmes()) {
                int bit = PROGRAMMES.indexOf(record.programme());
                if (bit >= 0 && record.state() == ProgrammeState.COMPLETED
                        && record.end().map(end -> !end.isAfter(asOf)).orElse(true)) {
                    completed[p] |= 1 << bit;
                }
            }
            evidenceStart[p] = e;
            for (Evidence item : person.evidence()) {
                evidenceOnDimension[e] = dimensions.contains(item.competency());
                evidenceWorkBased[e] = item.kind().equals("work-based-assignment");
                evidenceDissertation[e] = item.kind().equals("dissertation");
                evidenceDay[e] = item.date().toEpochDay();
                e++;
            }
        }
        evidenceStart[people] = e;
    }

    private static List<String> values(Framework framework, String fact) {
        return framework.fact(fact).map(FactDefinition::values).orElseThrow();
    }

    private static boolean[] accepted(List<String> declared, List<String> accepted) {
        boolean[] out = new boolean[declared.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = accepted.contains(declared.get(i));
        }
        return out;
    }

    private static double number(Person person, String fact) {
        BigDecimal value = person.numbers().get(fact);
        return value == null ? Double.NaN : value.doubleValue();
    }

    /** The number of people in the pool. */
    public int size() {
        return people;
    }

    /** The eight answers of person p packed base 3, rule 0 the most significant. */
    public int ladder(int p) {
        return ladder(levels, p * dims, p);
    }

    /**
     * The eight answers of person p, with the nine level positions read from {@code positions} at
     * {@code base} instead of the pool's (for levels aggregated from raw ratings by the caller).
     */
    public int ladder(int[] positions, int base, int p) {
        int[] levels = positions;
        // One pass over the nine dimensions gives every count the rules need.
        int unknown = 0;
        int proficient = 0;
        int strong = 0;
        int exemplary = 0;
        for (int d = 0; d < dims; d++) {
            int level = levels[base + d];
            if (level < ESSENTIAL) {
                unknown++;
            } else {
                proficient += level >= PROFICIENT ? 1 : 0;
                strong += level >= STRONG ? 1 : 0;
                exemplary += level >= EXEMPLARY ? 1 : 0;
            }
        }
        int known = dims - unknown;
        int done = completed[p];
        double inRole = monthsInRole[p];
        double leading = monthsLeadingTeams[p];
        int broadlyProficient = atLeast(6, proficient, unknown);

        // Mary Seacole: completed Edward Jenner, and grounded (5 of 9 at essential or above).
        int marySeacole = Math.max(has(done, EDWARD_JENNER), atLeast(5, known, unknown));
        // Rosalind Franklin: completed Mary Seacole, 24 months leading teams, broadly proficient.
        int rosalind = Math.max(Math.max(has(done, MARY_SEACOLE), atLeast(leading, 24)), broadlyProficient);
        // Elizabeth Garrett Anderson: (a degree or 60 months leading) and (Mary Seacole or Rosalind Franklin)
        // and broadly proficient.
        int degreeOrExperience = Math.min(in(degree[p], degreeAccepted), atLeast(leading, 60));
        int earlier = Math.min(has(done, MARY_SEACOLE), has(done, ROSALIND_FRANKLIN));
        int garrettAnderson = Math.max(Math.max(degreeOrExperience, earlier), broadlyProficient);
        // Nye Bevan: board-ready (7 of 9 strong, purpose and team within one level), 24 months in role, band.
        int left = levels[base + inspiring];
        int right = levels[base + engaging];
        int balance = left < 0 || right < 0 ? U : Math.abs(left - right) <= 1 ? M : N;
        int nyeBevan = Math.max(Math.max(atLeast(7, strong, unknown), balance),
                Math.max(atLeast(inRole, 24), in(band[p], bandAccepted)));
        // Aspiring Chief Executive: (Nye Bevan or Elizabeth Garrett Anderson), all nine strong, 3 exemplary,
        // 36 months in role, a director.
        int aspiring = Math.max(Math.max(Math.min(has(done, NYE_BEVAN), has(done, ELIZABETH_GARRETT_ANDERSON)),
                known - strong > 0 ? N : unknown > 0 ? U : M), Math.max(Math.max(atLeast(3, exemplary, unknown),
                atLeast(inRole, 36)), is(role[p], directorRole)));
        // New Chief Executive: a chief executive, at most 12 months in role.
        int newChief = Math.max(is(role[p], chiefExecutiveRole),
                Double.isNaN(inRole) ? U : inRole <= 12 ? M : N);
        // Mary Seacole completion: purpose, care and team proficient; 2 work-based assignments in 12 months.
        int threeProficient = every(levels[base + inspiring], levels[base + leadingWithCare], levels[base + engaging],
                PROFICIENT);
        int recentAssignments = 0;
        int dissertations = 0;
        for (int e = evidenceStart[p]; e < evidenceStart[p + 1]; e++) {
            long day = evidenceDay[e];
            if (evidenceOnDimension[e] && day <= asOfDay) {
                if (evidenceWorkBased[e] && day >= lastYearDay) {
                    recentAssignments++;
                }
                if (evidenceDissertation[e]) {
                    dissertations++;
                }
            }
        }
        int marySeacoleDone = Math.max(threeProficient, recentAssignments >= 2 ? M : N);
        // Elizabeth Garrett Anderson completion: broadly proficient, 6 of 9 strong, a dissertation.
        int garrettAndersonDone = Math.max(Math.max(broadlyProficient, atLeast(6, strong, unknown)),
                dissertations >= 1 ? M : N);

        int packed = marySeacole;
        packed = packed * 3 + rosalind;
        packed = packed * 3 + garrettAnderson;
        packed = packed * 3 + nyeBevan;
        packed = packed * 3 + aspiring;
        packed = packed * 3 + newChief;
        packed = packed * 3 + marySeacoleDone;
        return packed * 3 + garrettAndersonDone;
    }

    private static int atLeast(int n, int met, int unknown) {
        return met >= n ? M : met + unknown < n ? N : U;
    }

    private static int atLeast(double value, double threshold) {
        return Double.isNaN(value) ? U : value >= threshold ? M : N;
    }

    private static int has(int done, int programme) {
        return (done & programme) != 0 ? M : N;
    }

    private static int in(byte value, boolean[] accepted) {
        return value < 0 ? U : accepted[value] ? M : N;
    }

    private static int is(byte value, int wanted) {
        return value < 0 ? U : value == wanted ? M : N;
    }

    private static int every(int a, int b, int c, int threshold) {
        if ((a >= 0 && a < threshold) || (b >= 0 && b < threshold) || (c >= 0 && c < threshold)) {
            return N;
        }
        return a < 0 || b < 0 || c < 0 ? U : M;
    }

    /** Rule r's answer (0 = the first rule) within a packed ladder. */
    public static int answer(int packed, int r) {
        int value = packed;
        for (int i = RULES - 1; i > r; i--) {
            value /= 3;
        }
        return value % 3;
    }
}
