package org.cadre.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;

/**
 * A typed link from one competency to another competency of the same framework, such as "is the same as"
 * or "comes before". The tree ({@link Competency#parent()}) and the lifecycle ({@link Competency#replacedBy()})
 * are not relations: they have fields of their own.
 *
 * <p>The type is an open set: the {@link #STANDARD_TYPES standard types} are those of 1EdTech CASE
 * associations; a framework may use a type of its own (a lower camel case word, such as {@code supports}).
 *
 * @param type   what the link means, such as {@link #EXACT_MATCH_OF}
 * @param target the id of the competency the link points to
 */
public record Relation(
        @NotNull @Pattern(regexp = Relation.TYPE) String type,
        @NotNull @Pattern(regexp = Ids.ID) String target) {

    /** The pattern of a relation type: a lower camel case word of at most 64 characters. */
    public static final String TYPE = "^[a-z][A-Za-z0-9]{0,63}$";

    /** The two competencies mean the same thing (for example in two frameworks). */
    public static final String EXACT_MATCH_OF = "exactMatchOf";
    /** The two competencies are related in a way the framework does not name. */
    public static final String IS_RELATED_TO = "isRelatedTo";
    /** The two competencies are at the same level of a shared hierarchy. */
    public static final String IS_PEER_OF = "isPeerOf";
    /** This competency is a part of the target, outside the tree. */
    public static final String IS_PART_OF = "isPartOf";
    /** This competency comes before the target in a learning sequence. */
    public static final String PRECEDES = "precedes";
    /** The target is an example of this competency in practice. */
    public static final String EXEMPLAR = "exemplar";
    /** The target is a skill level of this competency. */
    public static final String HAS_SKILL_LEVEL = "hasSkillLevel";

    /** The standard types, in the order of the CASE specification. */
    public static final List<String> STANDARD_TYPES = List.of(IS_PEER_OF, IS_PART_OF, EXACT_MATCH_OF, PRECEDES,
            IS_RELATED_TO, EXEMPLAR, HAS_SKILL_LEVEL);

    /**
     * Checks that neither component is null (the patterns are Bean Validation constraints).
     *
     * @throws NullPointerException if the type or the target is null
     */
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }

    /** Whether the type is one of the {@link #STANDARD_TYPES}. */
    public boolean isStandardType() {
        return STANDARD_TYPES.contains(type);
    }
}
