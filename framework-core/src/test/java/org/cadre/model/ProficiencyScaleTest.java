package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProficiencyScaleTest {

    /** Levels given out of rank order, as a hand-written document might. */
    private static ProficiencyScale shuffled() {
        return ProficiencyScale.builder("hlm-4", "Health leadership levels")
                .level("strong", "Strong", 30)
                .level("essential", "Essential", 10)
                .level("exemplary", "Exemplary", 40)
                .level("proficient", "Proficient", 20)
                .build();
    }

    private static List<String> ids(List<Level> levels) {
        return levels.stream().map(Level::id).toList();
    }

    @Test
    void keepsTheLevelsInDocumentOrder() {
        assertThat(ids(shuffled().levels())).containsExactly("strong", "essential", "exemplary", "proficient");
    }

    @Test
    void sortsTheLevelsByRank() {
        assertThat(ids(shuffled().levelsByRank())).containsExactly("essential", "proficient", "strong", "exemplary");
    }

    @Test
    void givesTheRankOfALevel() {
        ProficiencyScale scale = shuffled();

        assertThat(scale.rankOf("essential")).hasValue(10);
        assertThat(scale.rankOf("exemplary")).hasValue(40);
        assertThat(scale.rankOf("expert")).isEmpty();
    }

    @Test
    void findsTheLowestAndHighestLevelByRank() {
        ProficiencyScale scale = shuffled();

        assertThat(scale.lowest()).map(Level::id).contains("essential");
        assertThat(scale.highest()).map(Level::id).contains("exemplary");
    }

    @Test
    void hasNoLowestOrHighestLevelWhenEmpty() {
        ProficiencyScale scale = ProficiencyScale.builder("empty", "Empty").build();

        assertThat(scale.lowest()).isEmpty();
        assertThat(scale.highest()).isEmpty();
        assertThat(scale.levelsByRank()).isEmpty();
    }

    @Test
    void findsALevelById() {
        ProficiencyScale scale = shuffled();

        assertThat(scale.level("proficient")).contains(Level.of("proficient", "Proficient", 20));
        assertThat(scale.level("expert")).isEmpty();
    }

    @Test
    void findsTheFirstOfTwoLevelsThatWronglyShareAnId() {
        ProficiencyScale scale = ProficiencyScale.builder("s", "S").level("a", "First", 1).level("a", "Second", 2)
                .build();

        assertThat(scale.level("a")).map(Level::label).contains("First");
        assertThat(scale.rankOf("a")).hasValue(1);
    }

    @Test
    void keepsItsOwnCopyOfTheLevelsGiven() {
        List<Level> levels = new ArrayList<>(List.of(Level.of("a", "A", 1)));
        ProficiencyScale.Builder builder = ProficiencyScale.builder("s", "S").levels(levels);
        ProficiencyScale scale = builder.build();

        levels.add(Level.of("b", "B", 2));
        builder.level("c", "C", 3);

        assertThat(ids(scale.levels())).containsExactly("a");
        assertThat(ids(scale.levelsByRank())).containsExactly("a");
        assertThat(scale.level("c")).isEmpty();
    }

    @Test
    void returnsUnmodifiableCollections() {
        ProficiencyScale scale = Examples.scale();
        Level level = Level.of("x", "X", 9);

        assertThatThrownBy(() -> scale.levels().add(level)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> scale.levelsByRank().add(level)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> scale.translations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullWhereAValueIsRequired() {
        ProficiencyScale.Builder builder = ProficiencyScale.builder("s", "S");

        assertThatNullPointerException().isThrownBy(() -> ProficiencyScale.builder(null, "S"))
                .withMessageContaining("id");
        assertThatNullPointerException().isThrownBy(() -> ProficiencyScale.builder("s", null))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> builder.level(null));
        assertThatNullPointerException().isThrownBy(() -> builder.levels(null));
        assertThatNullPointerException().isThrownBy(() -> builder.levels(Arrays.asList(Level.of("a", "A", 1), null)));
        assertThatNullPointerException().isThrownBy(() -> builder.translations(null));
        assertThatNullPointerException().isThrownBy(() -> builder.extensions(null));
    }

    @Test
    void copiesItselfThroughItsBuilder() {
        ProficiencyScale scale = Examples.scale();
        ProficiencyScale copy = scale.toBuilder().build();

        assertThat(copy).isEqualTo(scale);
        assertThat(copy.hashCode()).isEqualTo(scale.hashCode());
        assertThat(ids(copy.levelsByRank())).isEqualTo(ids(scale.levelsByRank()));
    }

    static Stream<Arguments> oneFieldChanged() {
        ProficiencyScale same = Examples.scale();
        return Stream.of(
                Arguments.of("id", Examples.scale("hlm-5", same.title()).build()),
                Arguments.of("title", Examples.scale(same.id(), "Another title").build()),
                Arguments.of("description", same.toBuilder().description(null).build()),
                Arguments.of("levels", same.toBuilder().level("beyond", "Beyond", 5).build()),
                Arguments.of("translations", same.toBuilder().translations(Map.of()).build()),
                Arguments.of("extensions", same.toBuilder().extensions(Extensions.none()).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void differsFromAScaleWithOneFieldChanged(String field, ProficiencyScale changed) {
        ProficiencyScale scale = Examples.scale();

        assertThat(changed).isNotEqualTo(scale);
        assertThat(scale).isNotEqualTo(changed);
        assertThat(changed.hashCode()).isNotEqualTo(scale.hashCode());
    }

    @Test
    void listsItsLevelIdsInToString() {
        assertThat(shuffled())
                .hasToString("ProficiencyScale[hlm-4, levels=[strong, essential, exemplary, proficient]]");
    }
}
