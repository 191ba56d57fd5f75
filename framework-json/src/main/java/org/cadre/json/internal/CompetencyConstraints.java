package org.cadre.json.internal;

import java.util.List;
import java.util.Optional;
import org.cadre.model.Competency;
import org.cadre.model.Relation;

/**
 * A quick test that a competency keeps every Bean Validation constraint declared on {@link Competency} and
 * on the {@link Relation}s it holds, written out by hand so that {@link BeanCheck} need not run the
 * validator over each of a large framework's competencies.
 *
 * <p>It is an accept filter: {@code true} only when the validator would find nothing; on {@code false}
 * the validator runs and says what is wrong. The constraints it knows, in the model's annotations:
 * the id {@code @NotNull @Pattern(Ids.ID)}; the title {@code @NotBlank @MaxCodePoints(500)}; the kind
 * {@code @Pattern(Ids.KIND)}; the parent, scale and replacement {@code @Pattern(Ids.ID)}; each tag
 * {@code @Pattern(Ids.TAG)}; each relation's type {@code @NotNull @Pattern(Relation.TYPE)} and target
 * {@code @NotNull @Pattern(Ids.ID)}. Each pattern is matched here by a loop over the characters;
 * {@code CompetencyConstraintsTest} checks each loop against its pattern, this filter against the
 * validator on random competencies, and that the model declares no constraint beyond these (a new one
 * fails that test until it is added here).
 */
final class CompetencyConstraints {

    /** {@code @MaxCodePoints} of a competency's title. */
    static final int TITLE_CODE_POINTS = 500;

    private CompetencyConstraints() {
    }

    /** Whether the validator would find no broken constraint in the competency. */
    static boolean surelyValid(Competency competency) {
        return IdPatterns.isId(competency.id())
                && title(competency.title())
                && absentOrKind(competency.kind())
                && absentOrId(competency.parent())
                && absentOrId(competency.scale())
                && absentOrId(competency.replacedBy())
                && tags(competency.tags())
                && relations(competency.relations());
    }

    private static boolean title(String title) {
        return title != null && !title.isBlank()
                && (title.length() <= TITLE_CODE_POINTS
                || Character.codePointCount(title, 0, title.length()) <= TITLE_CODE_POINTS);
    }

    private static boolean absentOrId(Optional<String> value) {
        return value.isEmpty() || IdPatterns.isId(value.get());
    }

    private static boolean absentOrKind(Optional<String> kind) {
        return kind.isEmpty() || IdPatterns.isKind(kind.get());
    }

    private static boolean tags(List<String> tags) {
        for (String tag : tags) {
            // A null tag is left to the validator to judge.
            if (!IdPatterns.isTag(tag)) {
                return false;
            }
        }
        return true;
    }

    private static boolean relations(List<Relation> relations) {
        for (Relation relation : relations) {
            // A null relation breaks nothing, but is left to the validator to judge.
            if (relation == null || !IdPatterns.isRelationType(relation.type())
                    || !IdPatterns.isId(relation.target())) {
                return false;
            }
        }
        return true;
    }
}
