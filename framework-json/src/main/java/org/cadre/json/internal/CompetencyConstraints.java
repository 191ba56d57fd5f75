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

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final boolean[] ID_FIRST = ascii(LOWER + UPPER + DIGITS);
    private static final boolean[] ID_REST = ascii(LOWER + UPPER + DIGITS + "._:-");
    private static final boolean[] KIND_FIRST = ascii(LOWER);
    private static final boolean[] KIND_REST = ascii(LOWER + DIGITS + "-");
    private static final boolean[] TAG_FIRST = ascii(LOWER + DIGITS);
    private static final boolean[] TAG_REST = ascii(LOWER + DIGITS + "._:-");
    private static final boolean[] RELATION_FIRST = ascii(LOWER);
    private static final boolean[] RELATION_REST = ascii(LOWER + UPPER + DIGITS);

    private CompetencyConstraints() {
    }

    /** Whether the validator would find no broken constraint in the competency. */
    static boolean surelyValid(Competency competency) {
        return isId(competency.id())
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
        return value.isEmpty() || isId(value.get());
    }

    private static boolean absentOrKind(Optional<String> kind) {
        return kind.isEmpty() || isKind(kind.get());
    }

    private static boolean tags(List<String> tags) {
        for (String tag : tags) {
            // A null tag is left to the validator to judge.
            if (!isTag(tag)) {
                return false;
            }
        }
        return true;
    }

    private static boolean relations(List<Relation> relations) {
        for (Relation relation : relations) {
            // A null relation breaks nothing, but is left to the validator to judge.
            if (relation == null || !isRelationType(relation.type()) || !isId(relation.target())) {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$}, the whole text ({@code null} is not an id). */
    static boolean isId(String text) {
        return matches(text, 128, ID_FIRST, ID_REST);
    }

    /** {@code ^[a-z][a-z0-9-]{0,63}$}, the whole text. */
    static boolean isKind(String text) {
        return matches(text, 64, KIND_FIRST, KIND_REST);
    }

    /** {@code ^[a-z0-9][a-z0-9._:-]{0,63}$}, the whole text. */
    static boolean isTag(String text) {
        return matches(text, 64, TAG_FIRST, TAG_REST);
    }

    /** {@code ^[a-z][A-Za-z0-9]{0,63}$}, the whole text. */
    static boolean isRelationType(String text) {
        return matches(text, 64, RELATION_FIRST, RELATION_REST);
    }

    /** A table of the ASCII chars allowed: {@code true} at each of {@code allowed}'s chars. */
    private static boolean[] ascii(String allowed) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < allowed.length(); i++) {
            table[allowed.charAt(i)] = true;
        }
        return table;
    }

    /** One char of {@code first}, then up to {@code max - 1} of {@code rest}: nothing else. */
    private static boolean matches(String text, int max, boolean[] first, boolean[] rest) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length == 0 || length > max || !allowed(first, text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (!allowed(rest, text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(boolean[] table, char c) {
        return c < 128 && table[c];
    }
}
