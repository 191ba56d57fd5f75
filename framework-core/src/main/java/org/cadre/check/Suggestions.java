package org.cadre.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean …?" hints in messages. */
public final class Suggestions {

    private static final int MAX_LENGTH = 128;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code wrong} by edit distance (ignoring case), if it is close enough to be
     * a plausible typo: at most a third of the longer name's length, and at most 4 edits.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (wrong.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.length() > MAX_LENGTH) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.min(4, Math.max(1, Math.max(wrong.length(), best.length()) / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean [x]?)" or "" when nothing is close. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(name -> " (did you mean [" + name + "]?)").orElse("");
    }

    /** Edit distance where swapping two neighbouring characters counts as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
