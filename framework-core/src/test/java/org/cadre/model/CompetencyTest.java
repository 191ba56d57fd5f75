package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompetencyTest {

    @Test
    void hasDefaultsForWhatIsNotSet() {
        Competency competency = Competency.builder("hlm", "Leading in health").build();

        assertThat(competency.id()).isEqualTo("hlm");
        assertThat(competency.title()).isEqualTo("Leading in health");
        assertThat(competency.description()).isEmpty();
        assertThat(competency.kind()).isEmpty();
        assertThat(competency.parent()).isEmpty();
        assertThat(competency.scale()).isEmpty();
        assertThat(competency.indicators()).isEmpty();
        assertThat(competency.tags()).isEmpty();
        assertThat(competency.status()).isEqualTo(CompetencyStatus.ACTIVE);
        assertThat(competency.replacedBy()).isEmpty();
        assertThat(competency.translations()).isEmpty();
        assertThat(competency.extensions()).isSameAs(Extensions.none());
    }

    @Test
    void keepsEveryValueGiven() {
        Competency competency = Examples.competency();

        assertThat(competency.description()).contains("Creating a team that works together");
        assertThat(competency.kind()).contains("dimension");
        assertThat(competency.parent()).contains("hlm");
        assertThat(competency.scale()).contains("hlm-4");
        assertThat(competency.tags()).containsExactly("people", "teams");
        assertThat(competency.status()).isEqualTo(CompetencyStatus.RETIRED);
        assertThat(competency.replacedBy()).contains("hlm.team-2");
        assertThat(competency.translations().get("fr").title()).contains("Mobiliser l'équipe");
        assertThat(competency.extensions().json("x-legacy-code")).contains("\"D3\"");
    }

    @Test
    void keepsIndicatorsInDocumentOrder() {
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        indicators.put("strong", List.of("s"));
        indicators.put("essential", List.of("e"));
        indicators.put("proficient", List.of("p"));

        Competency competency = Competency.builder("c", "C").indicators(indicators).build();

        assertThat(competency.indicators().keySet()).containsExactly("strong", "essential", "proficient");
    }

    @Test
    void givesTheIndicatorsOfOneLevelOrNone() {
        Competency competency = Examples.competency();

        assertThat(competency.indicators("proficient"))
                .containsExactly("Holds regular team meetings", "Listens before deciding");
        assertThat(competency.indicators("exemplary")).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfIndicatorsAndTags() {
        List<String> statements = new ArrayList<>(List.of("Listens"));
        Map<String, List<String>> indicators = new HashMap<>(Map.of("strong", statements));
        List<String> tags = new ArrayList<>(List.of("people"));
        Competency competency = Competency.builder("c", "C").indicators(indicators).tags(tags).build();

        statements.add("Interrupts");
        indicators.put("essential", List.of("Shows up"));
        tags.add("teams");

        assertThat(competency.indicators()).containsOnlyKeys("strong");
        assertThat(competency.indicators("strong")).containsExactly("Listens");
        assertThat(competency.tags()).containsExactly("people");
    }

    @Test
    void returnsUnmodifiableCollections() {
        Competency competency = Examples.competency();

        assertThatThrownBy(() -> competency.indicators().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> competency.indicators("strong").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> competency.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> competency.translations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullWhereAValueIsRequired() {
        Competency.Builder builder = Competency.builder("c", "C");

        assertThatNullPointerException().isThrownBy(() -> Competency.builder(null, "C")).withMessageContaining("id");
        assertThatNullPointerException().isThrownBy(() -> Competency.builder("c", null))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> builder.indicators(null));
        assertThatNullPointerException().isThrownBy(() -> builder.tags(null));
        assertThatNullPointerException().isThrownBy(() -> builder.tags(Arrays.asList("people", null)));
        assertThatNullPointerException().isThrownBy(() -> builder.status(null));
        assertThatNullPointerException().isThrownBy(() -> builder.translations(null));
        assertThatNullPointerException().isThrownBy(() -> builder.extensions(null));
    }

    @Test
    void rejectsANullLevelOrStatementListInIndicators() {
        Map<String, List<String>> nullLevel = new HashMap<>();
        nullLevel.put(null, List.of("Listens"));
        Map<String, List<String>> nullStatements = new HashMap<>();
        nullStatements.put("strong", null);

        assertThatNullPointerException()
                .isThrownBy(() -> Competency.builder("c", "C").indicators(nullLevel).build());
        assertThatNullPointerException()
                .isThrownBy(() -> Competency.builder("c", "C").indicators(nullStatements).build());
    }

    @Test
    void acceptsNullWhereTheBuilderSaysNone() {
        Competency competency = Examples.competency("c", "C").description(null).kind(null).parent(null).scale(null)
                .replacedBy(null).build();

        assertThat(competency.description()).isEmpty();
        assertThat(competency.kind()).isEmpty();
        assertThat(competency.parent()).isEmpty();
        assertThat(competency.scale()).isEmpty();
        assertThat(competency.replacedBy()).isEmpty();
    }

    @Test
    void copiesItselfThroughItsBuilder() {
        Competency competency = Examples.competency();
        Competency copy = competency.toBuilder().build();

        assertThat(copy).isEqualTo(competency);
        assertThat(copy.hashCode()).isEqualTo(competency.hashCode());
    }

    @Test
    void equalsACompetencyWithTheSameContent() {
        assertThat(Examples.competency()).isEqualTo(Examples.competency());
        assertThat(Examples.competency().hashCode()).isEqualTo(Examples.competency().hashCode());
    }

    static Stream<Arguments> oneFieldChanged() {
        Competency same = Examples.competency();
        return Stream.of(
                Arguments.of("id", Examples.competency("hlm.engaging-team-2", same.title()).build()),
                Arguments.of("title", Examples.competency(same.id(), "Another title").build()),
                Arguments.of("description", same.toBuilder().description("Other").build()),
                Arguments.of("kind", same.toBuilder().kind("element").build()),
                Arguments.of("parent", same.toBuilder().parent(null).build()),
                Arguments.of("scale", same.toBuilder().scale("sfia-7").build()),
                Arguments.of("indicators", same.toBuilder().indicators(Map.of("strong", List.of("Other"))).build()),
                Arguments.of("tags", same.toBuilder().tags(List.of("people")).build()),
                Arguments.of("status", same.toBuilder().status(CompetencyStatus.ACTIVE).build()),
                Arguments.of("replacedBy", same.toBuilder().replacedBy("hlm.team-3").build()),
                Arguments.of("translations", same.toBuilder().translations(Map.of()).build()),
                Arguments.of("extensions", same.toBuilder().extensions(Extensions.none()).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void differsFromACompetencyWithOneFieldChanged(String field, Competency changed) {
        Competency competency = Examples.competency();

        assertThat(changed).isNotEqualTo(competency);
        assertThat(competency).isNotEqualTo(changed);
        assertThat(changed.hashCode()).isNotEqualTo(competency.hashCode());
    }

    @Test
    void namesItsIdInToString() {
        assertThat(Examples.competency()).hasToString("Competency[hlm.engaging-team]");
    }
}
