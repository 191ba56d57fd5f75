package org.cadre.evaluation;

import java.util.Locale;
import java.util.Objects;

/**
 * One change to a person's record that a {@link Gap} proposes: a competency reaching a level, a programme
 * completed or enrolled in, a fact reaching or recorded at a value, or items of evidence added.
 *
 * @param kind     what sort of change
 * @param target   what it changes: a competency id, a programme id or a fact name
 * @param from     where the record is now (a level id, a number), or {@code ""} when nothing is recorded
 * @param to       where it must get to: a level id, a number or a fact value; for evidence, its kind or {@code ""}
 * @param count    for evidence, how many items; otherwise 0
 * @param size     how big the change is, from 0 (trivial) to about 1 per step; changes are ordered by it
 * @param sentence the change in words
 */
public record Change(Kind kind, String target, String from, String to, int count, double size, String sentence)
        implements Comparable<Change> {

    /** The sorts of change. */
    public enum Kind {
        /** A competency reaches (or is assessed at) a level. */
        LEVEL,
        /** A programme is completed. */
        COMPLETE_PROGRAMME,
        /** The person enrols in a programme. */
        ENROL,
        /** A numeric fact reaches a value (more hours, more months), or is recorded. */
        NUMBER,
        /** A string fact is recorded. */
        STRING,
        /** Items of evidence are added. */
        EVIDENCE;

        /** The lower-case name with hyphens, as in JSON output. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Validates the components. */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** Smaller changes first; then by kind and target, so that the order is deterministic. */
    @Override
    public int compareTo(Change other) {
        int bySize = Double.compare(size, other.size);
        if (bySize != 0) {
            return bySize;
        }
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : target.compareTo(other.target);
    }
}
