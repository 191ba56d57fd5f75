package org.cadre.model;

import java.util.List;
import java.util.Objects;

/**
 * A set of competencies a rule quantifies over: the competencies below one in the tree, those with a
 * tag, or an explicit list. Sets are resolved against the framework when rules are compiled; only
 * competencies that are rated (have a scale) and active belong to them.
 */
public sealed interface CompetencySet {

    /**
     * Every competency below {@code root} in the tree (not the root itself).
     *
     * @param root the id of the competency at the top of the subtree
     */
    record Subtree(String root) implements CompetencySet {
        /** Validates the component. */
        public Subtree {
            Objects.requireNonNull(root, "root");
        }
    }

    /**
     * Every competency with a tag.
     *
     * @param tag the tag
     */
    record Tagged(String tag) implements CompetencySet {
        /** Validates the component. */
        public Tagged {
            Objects.requireNonNull(tag, "tag");
        }
    }

    /**
     * The listed competencies.
     *
     * @param ids the competencies' ids
     */
    record Listed(List<String> ids) implements CompetencySet {
        /** Validates and copies the component. */
        public Listed {
            ids = List.copyOf(ids);
        }
    }

    /** The set of one competency. */
    static CompetencySet of(String... ids) {
        return new Listed(List.of(ids));
    }
}
