package org.cadre.json.property;

import java.util.List;
import org.cadre.testing.RandomSource;

/**
 * Random texts for the free-text fields of a document (titles, labels, descriptions, indicators), mixing
 * plain ASCII with what JSON has to escape (quotes, backslashes, control characters) and what Java and
 * JSON handle in two chars or none (accents, combining marks, right-to-left scripts, CJK, emoji with
 * surrogate pairs and joiners, line and paragraph separators, byte-order marks).
 *
 * <p>Every string is valid Unicode (no lone surrogates: RFC 8259 leaves their meaning undefined; see
 * {@code RoundTripPropertyTest} for what happens to them). Titles start with a letter so that they are
 * never blank, and stay within the 500 chars that both the schema (code points) and Bean Validation (UTF-16
 * chars) allow.
 */
final class Texts {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Pieces of text, each a run of code points that belongs together. */
    private static final List<String> PIECES = List.of(
            "a", "e", "t", "Leading", "teams", "care", "1", "2024", " ", " ", "  ", ",", ".", "-", "&", "(", ")",
            "\"", "\\", "/", "'", "<", ">", "{", "}", "[", "]", ":", "~", "#", "%",
            "\n", "\t", "\r", "\b", "\f", "\u0000", "\u0001", "\u001f", "\u007f",
            "é", "ü", "ß", "ñ", "ŵ", "ŷ", "Ł", "Œ", "ø", "ç",
            "e\u0301", "n\u0303", "\u0301",
            "Ω", "λ", "Ж", "щ", "ש", "שלום", "مرحبا", "中文", "日本語", "한국어", "ไทย", "हिन्दी",
            "\uD83D\uDE00", "\uD83D\uDC69\u200D\u2695\uFE0F", "\uD83C\uDDEC\uD83C\uDDE7", "\uD834\uDD1E",
            "\uD83E\uDDE0",
            "\u00A0", "\u200B", "\u200D", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF", "\u202E");

    private static final List<String> WORDS = List.of("Leading", "with", "care", "Engaging", "the", "team",
            "Sharing", "vision", "Improving", "services", "Gofal", "Arwain", "Führung", "Équipe", "Santé");

    private Texts() {
    }

    /** A non-blank title of 1 to 500 UTF-16 chars, usually short, now and then close to the limit. */
    static String title(RandomSource random) {
        if (random.chance(0.03)) {
            return longTitle(random);
        }
        StringBuilder text = new StringBuilder(random.pick(WORDS));
        int pieces = random.between(0, 6);
        for (int i = 0; i < pieces; i++) {
            text.append(random.chance(0.5) ? " " + random.pick(WORDS) : random.pick(PIECES));
        }
        return text.toString();
    }

    private static String longTitle(RandomSource random) {
        int target = random.between(450, 500);
        StringBuilder text = new StringBuilder(random.pick(WORDS));
        while (true) {
            String piece = random.chance(0.7) ? " " + random.pick(WORDS) : random.pick(PIECES);
            if (text.length() + piece.length() > target) {
                return text.toString();
            }
            text.append(piece);
        }
    }

    /** Any non-empty text, such as a description or an indicator statement. */
    static String text(RandomSource random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.between(1, 12);
        for (int i = 0; i < pieces; i++) {
            text.append(random.chance(0.4) ? random.pick(WORDS) : random.pick(PIECES));
        }
        return text.toString();
    }

    /** Text of at most {@code max} UTF-16 chars (and so at most as many code points), at least one. */
    static String text(RandomSource random, int max) {
        String text = text(random);
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        String shortened = text.substring(0, cut);
        return shortened.isEmpty() ? "x" : shortened;
    }

    /** A non-blank name such as an author's. */
    static String name(RandomSource random) {
        return random.pick(WORDS) + (random.chance(0.5) ? " " + random.pick(PIECES) : "");
    }
}
