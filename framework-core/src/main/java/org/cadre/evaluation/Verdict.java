package org.cadre.evaluation;

import java.util.Locale;

/**
 * The answer of a rule about a person, in three-valued (Kleene) logic: {@code UNKNOWN} means the record
 * lacks something that could change the answer — a competency never assessed is not one assessed low.
 */
public enum Verdict {
    /** The rule holds. */
    MET,
    /** The rule does not hold, whatever the missing data would say. */
    NOT_MET,
    /** Missing data decides. */
    UNKNOWN;

    /** Kleene conjunction: NOT_MET if either is, MET if both are, else UNKNOWN. */
    public Verdict and(Verdict other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == MET && other == MET ? MET : UNKNOWN;
    }

    /** Kleene disjunction: MET if either is, NOT_MET if both are, else UNKNOWN. */
    public Verdict or(Verdict other) {
        if (this == MET || other == MET) {
            return MET;
        }
        return this == NOT_MET && other == NOT_MET ? NOT_MET : UNKNOWN;
    }

    /** Kleene negation: MET and NOT_MET swap, UNKNOWN stays. */
    public Verdict not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** MET for true, NOT_MET for false. */
    public static Verdict of(boolean holds) {
        return holds ? MET : NOT_MET;
    }

    /**
     * The verdict of "at least {@code n}" when {@code met} items certainly hold and {@code unknown} more
     * might: MET if {@code met ≥ n}, NOT_MET if even all the unknown ones could not reach {@code n}.
     */
    public static Verdict atLeast(int n, int met, int unknown) {
        if (met >= n) {
            return MET;
        }
        return met + unknown < n ? NOT_MET : UNKNOWN;
    }

    /** The lower-case name with a hyphen: {@code met}, {@code not-met}, {@code unknown}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
