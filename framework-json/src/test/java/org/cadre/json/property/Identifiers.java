package org.cadre.json.property;

import java.util.List;
import java.util.Set;
import org.cadre.testing.RandomSource;

/**
 * Random identifiers, tags, kinds, versions and language tags that match the patterns of the format
 * ({@link org.cadre.model.Ids}), with the odd characters and lengths those patterns allow.
 */
final class Identifiers {

    private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String REST = FIRST + "._:-";
    private static final String TAG_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String TAG_REST = TAG_FIRST + "._:-";
    private static final List<String> WORDS = List.of("hlm", "lead", "care", "team", "vision", "nhs", "sfia",
            "essential", "proficient", "strong", "exemplary", "L1", "L2", "3", "a", "b.c", "x:y", "under_score",
            "x-ray", "x-1");

    private Identifiers() {
    }

    /** An id matching {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$}, often readable, sometimes 128 chars long. */
    static String id(RandomSource random) {
        if (random.chance(0.4)) {
            String word = random.pick(WORDS);
            return random.chance(0.7) ? word + random.pick(List.of(".", "-", ":", "_")) + random.pick(WORDS) : word;
        }
        int length = random.chance(0.03) ? 128 : random.between(1, 12);
        StringBuilder id = new StringBuilder().append(FIRST.charAt(random.between(0, FIRST.length() - 1)));
        while (id.length() < length) {
            id.append(REST.charAt(random.between(0, REST.length() - 1)));
        }
        return id.toString();
    }

    /** An id that is not in {@code taken}. */
    static String freshId(RandomSource random, Set<String> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String id = id(random);
            if (!taken.contains(id)) {
                return id;
            }
        }
        String id = id(random);
        int suffix = 0;
        while (taken.contains(id + "-" + suffix)) {
            suffix++;
        }
        return id + "-" + suffix;
    }

    /** A tag matching {@code ^[a-z0-9][a-z0-9._:-]{0,63}$}. */
    static String tagLike(RandomSource random) {
        int length = random.chance(0.03) ? 64 : random.between(1, 10);
        StringBuilder tag = new StringBuilder().append(TAG_FIRST.charAt(random.between(0, TAG_FIRST.length() - 1)));
        while (tag.length() < length) {
            tag.append(TAG_REST.charAt(random.between(0, TAG_REST.length() - 1)));
        }
        return tag.toString();
    }

    /** A kind matching {@code ^[a-z][a-z0-9-]{0,63}$}. */
    static String kind(RandomSource random) {
        return random.pick(List.of("domain", "capability", "dimension", "element", "behaviour", "x", "sub-domain-2"));
    }

    /** A semantic version such as {@code 1.0.0}, {@code 2.1.0-draft.1} or {@code 0.3.12+build.7}. */
    static String version(RandomSource random) {
        String core = random.between(0, 20) + "." + random.between(0, 20) + "." + random.between(0, 200);
        if (random.chance(0.3)) {
            core += "-" + random.pick(List.of("draft", "alpha", "rc", "0", "x-y"))
                    + (random.nextBoolean() ? "." + random.between(0, 9) : "");
        }
        if (random.chance(0.2)) {
            core += "+" + random.pick(List.of("build", "sha", "001"))
                    + (random.nextBoolean() ? "." + random.between(0, 99) : "");
        }
        return core;
    }
}
