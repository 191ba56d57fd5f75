package org.cadre.json.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadre.testing.RandomSource;

/**
 * Random JSON values for {@code x-} extension fields, as the compact JSON text that
 * {@link org.cadre.model.Extensions#of(Map)} holds: objects, arrays, strings with escapes and any Unicode,
 * integers of any size, decimals written as {@code 1.50}, {@code 2E+3} or {@code 1E-7}, booleans, null, nested.
 *
 * <p>The text is canonical: no white space, strings escaped minimally (quote, backslash, the short escapes
 * {@code \b \f \n \r \t}, other control characters as {@code &#92;u00XX}), numbers as {@link BigInteger} and
 * {@link BigDecimal} print them. That is the form a loaded extension takes, so a Java-built model with these
 * values must come back equal from a write and a load. (Non-canonical text such as {@code 2e3} comes back as
 * {@code 2E+3}: equal as JSON, different as text, so a model holding it does not.)
 */
final class JsonValues {

    private static final List<String> DECIMALS = List.of("1.50", "2E+3", "0.000", "1E-7", "-0.5", "1.0E+10",
            "123456789012345678901234567890.123", "-2.5E-10", "0.1", "3.14159", "1E+400", "0E+2");

    private static final List<String> EXTENSION_NAMES = List.of("x-", "x-a", "x-vendor", "x-note", "x-id",
            "x-ünï", "x-a/b", "x-~0", "x-with space", "x-\"quoted\"", "x-😀", "x-X", "x-kind", "x-order");

    private JsonValues() {
    }

    /** Extension fields: 1 to {@code max} names starting with {@code x-}, each with a random JSON value. */
    static Map<String, String> extensions(RandomSource random, int max) {
        Map<String, String> fields = new LinkedHashMap<>();
        int count = random.between(1, max);
        for (int i = 0; i < count; i++) {
            String name = random.chance(0.6) ? random.pick(EXTENSION_NAMES)
                    : "x-" + Identifiers.tagLike(random);
            fields.putIfAbsent(name, value(random, 0));
        }
        return fields;
    }

    /** A random JSON value, nested at most three levels below {@code depth}. */
    static String value(RandomSource random, int depth) {
        int kinds = depth >= 3 ? 6 : 8;
        return switch (random.between(0, kinds - 1)) {
            case 0 -> string(Texts.text(random));
            case 1 -> integer(random);
            case 2 -> decimal(random);
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5 -> string(random.chance(0.3) ? "" : Texts.title(random));
            case 6 -> array(random, depth);
            default -> object(random, depth);
        };
    }

    private static String array(RandomSource random, int depth) {
        int size = random.between(0, 4);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(value(random, depth + 1));
        }
        return json.append(']').toString();
    }

    private static String object(RandomSource random, int depth) {
        int size = random.between(0, 4);
        Set<String> keys = new HashSet<>();
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            String key = random.chance(0.5) ? Identifiers.tagLike(random) : Texts.text(random);
            if (!keys.add(key)) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(string(key)).append(':').append(value(random, depth + 1));
        }
        return json.append('}').toString();
    }

    private static String integer(RandomSource random) {
        return switch (random.between(0, 4)) {
            case 0 -> Integer.toString(random.between(-10, 10));
            case 1 -> Long.toString(random.nextLong());
            case 2 -> new BigInteger(Long.toUnsignedString(random.nextLong()) + random.between(0, 999_999_999))
                    .negate().toString();
            case 3 -> "0";
            default -> Integer.toString(random.between(0, 100_000));
        };
    }

    private static String decimal(RandomSource random) {
        if (random.chance(0.5)) {
            return random.pick(DECIMALS);
        }
        BigInteger unscaled = BigInteger.valueOf(random.between(-1_000_000, 1_000_000));
        return new BigDecimal(unscaled, random.between(-12, 12)).toString();
    }

    /** A JSON string literal, escaped the way Jackson writes it. */
    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
