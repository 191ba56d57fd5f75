package org.cadre.report;

/** Builds RFC 6901 JSON Pointers. */
public final class Pointers {

    private Pointers() {
    }

    /**
     * A pointer from reference tokens: strings are escapes ({@code ~} as {@code ~0}, {@code /} as
     * {@code ~1}), numbers are array indexes. {@code of()} is the whole document, {@code ""}.
     */
    public static String of(Object... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (Object token : tokens) {
            pointer.append('/').append(escape(String.valueOf(token)));
        }
        return pointer.toString();
    }

    /** {@code base} followed by one more reference token. */
    public static String append(String base, Object token) {
        return base + '/' + escape(String.valueOf(token));
    }

    /** Escapes one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
