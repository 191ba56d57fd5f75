package org.cadre.json.internal;

/**
 * The schemas' id-like patterns, matched by hand over tables of the ASCII chars each allows, for the accept
 * filters that run before (or instead of) the JSON Schema validator and Bean Validation:
 * {@link CompetencyConstraints}, {@link CompetencySchemaFilter} and {@link PersonLineFastPath}. Each matches
 * exactly what its regular expression matches ({@code CompetencyConstraintsTest} compares them on random
 * texts). Stateless.
 */
final class IdPatterns {

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
    private static final boolean[] FACT_FIRST = ascii(LOWER + UPPER);
    private static final boolean[] FACT_REST = ascii(LOWER + UPPER + DIGITS + "_.-");

    private IdPatterns() {
    }

    /** {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$}, the whole text ({@code null} is not an id). */
    static boolean isId(String text) {
        return matches(text, 128, ID_FIRST, ID_REST);
    }

    /** {@code ^[a-z][a-z0-9-]{0,63}$}, the whole text. */
    static boolean isKind(String text) {
        return matches(text, 64, KIND_FIRST, KIND_REST);
    }

    /** {@code ^[a-z0-9][a-z0-9._:-]{0,63}$}, the whole text: a tag, and the person schema's evidence kind. */
    static boolean isTag(String text) {
        return matches(text, 64, TAG_FIRST, TAG_REST);
    }

    /** {@code ^[a-z][A-Za-z0-9]{0,63}$}, the whole text. */
    static boolean isRelationType(String text) {
        return matches(text, 64, RELATION_FIRST, RELATION_REST);
    }

    /** {@code ^[A-Za-z][A-Za-z0-9_.-]{0,63}$}, the whole text: the person schema's fact name. */
    static boolean isFactName(String text) {
        return matches(text, 64, FACT_FIRST, FACT_REST);
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
