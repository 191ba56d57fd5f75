package org.cadre.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> COMPETENCIES = List.of("hlm", "hlm.engaging-team", "hlm.leading-change",
            "hlm.sharing-vision");

    @Test
    void suggestsTheNameOneLetterAway() {
        assertThat(Suggestions.closest("hlm.engaging-tem", COMPETENCIES)).contains("hlm.engaging-team");
        assertThat(Suggestions.closest("hlm.leading-chance", COMPETENCIES)).contains("hlm.leading-change");
        assertThat(Suggestions.closest("hlm.sharing-visions", COMPETENCIES)).contains("hlm.sharing-vision");
    }

    @Test
    void countsTwoSwappedLettersAsOneEdit() {
        assertThat(Suggestions.distance("hml", "hlm")).isEqualTo(1);
        assertThat(Suggestions.closest("hml", COMPETENCIES)).contains("hlm");
    }

    @Test
    void suggestsNothingWhenEveryNameIsTooFar() {
        assertThat(Suggestions.closest("finance", COMPETENCIES)).isEmpty();
        assertThat(Suggestions.closest("abc", List.of("axy"))).isEmpty();
    }

    @Test
    void suggestsNothingWithoutCandidates() {
        assertThat(Suggestions.closest("hlm", List.of())).isEmpty();
    }

    @Test
    void allowsAThirdOfTheLongerNamesLength() {
        assertThat(Suggestions.closest("ab", List.of("ax"))).contains("ax");
        assertThat(Suggestions.closest("ab", List.of("xy"))).isEmpty();
        assertThat(Suggestions.closest("abcdefghi", List.of("abcdefxyz"))).contains("abcdefxyz");
        assertThat(Suggestions.closest("abcdefghi", List.of("abcdewxyz"))).isEmpty();
    }

    @Test
    void allowsAtMostFourEditsHoweverLongTheName() {
        String name = "a".repeat(30);
        String fourOff = "bbbb" + "a".repeat(26);
        String fiveOff = "bbbbb" + "a".repeat(25);

        assertThat(Suggestions.closest(name, List.of(fourOff))).contains(fourOff);
        assertThat(Suggestions.closest(name, List.of(fiveOff))).isEmpty();
    }

    @Test
    void prefersTheClosestOfSeveralCandidates() {
        assertThat(Suggestions.closest("strnog", List.of("strange", "strength", "strong"))).contains("strong");
        assertThat(Suggestions.closest("proficent", List.of("essential", "proficient", "strong", "exemplary")))
                .contains("proficient");
    }

    @Test
    void ignoresCaseButReturnsTheCandidateAsSpelt() {
        assertThat(Suggestions.closest("HLM", List.of("hlm"))).contains("hlm");
        assertThat(Suggestions.closest("hlm-4", List.of("HLM-4"))).contains("HLM-4");
    }

    @Test
    void ignoresNamesTooLongToBeTypos() {
        String long1 = "x".repeat(129);

        assertThat(Suggestions.closest(long1, List.of(long1))).isEmpty();
        assertThat(Suggestions.closest("x".repeat(10), List.of(long1))).isEmpty();
    }

    @ParameterizedTest(name = "{0} ↔ {1}: {2}")
    @CsvSource({
        "'', '', 0",
        "'', abc, 3",
        "abc, abc, 0",
        "abc, abd, 1",
        "abc, ab, 1",
        "ab, abc, 1",
        "ab, ba, 1",
        "abcd, badc, 2",
        "kitten, sitting, 3",
        "flaw, lawn, 2"
    })
    void measuresEditDistanceWithTranspositions(String a, String b, int distance) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
        assertThat(Suggestions.distance(b, a)).isEqualTo(distance);
    }

    @Test
    void hintsAtTheCloseNameInBrackets() {
        assertThat(Suggestions.hint("hml", COMPETENCIES)).isEqualTo(" (did you mean [hlm]?)");
        assertThat(Suggestions.hint("finance", COMPETENCIES)).isEmpty();
    }
}
