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

class ProgrammeTest {

    @Test
    void hasDefaultsForWhatIsNotSet() {
        Programme programme = Programme.builder("foundation", "Foundation").build();

        assertThat(programme.id()).isEqualTo("foundation");
        assertThat(programme.title()).isEqualTo("Foundation");
        assertThat(programme.description()).isEmpty();
        assertThat(programme.audience()).isEmpty();
        assertThat(programme.duration()).isEmpty();
        assertThat(programme.targetProfile()).isEmpty();
        assertThat(programme.leadsTo()).isEmpty();
        assertThat(programme.translations()).isEmpty();
        assertThat(programme.extensions()).isSameAs(Extensions.none());
    }

    @Test
    void keepsEveryValueGiven() {
        Programme programme = Examples.programme();

        assertThat(programme.description()).contains("The first rung of the ladder");
        assertThat(programme.audience()).contains("Team leaders in their first year");
        assertThat(programme.duration()).contains(new ProgrammeDuration(6, ProgrammeDuration.Unit.MONTHS));
        assertThat(programme.targetProfile()).containsExactly(Map.entry("hlm.engaging-team", "proficient"));
        assertThat(programme.leadsTo()).containsExactly("senior", "executive");
        assertThat(programme.translations()).containsOnlyKeys("fr");
        assertThat(programme.extensions().json("x-cohort-size")).contains("12");
    }

    @Test
    void keepsTheTargetProfileInDocumentOrder() {
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("z", "strong");
        profile.put("a", "essential");
        profile.put("m", "proficient");

        Programme programme = Programme.builder("p", "P").targetProfile(profile).build();

        assertThat(programme.targetProfile().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void keepsItsOwnCopyOfTargetsAndLadder() {
        Map<String, String> profile = new HashMap<>(Map.of("hlm.engaging-team", "strong"));
        List<String> leadsTo = new ArrayList<>(List.of("senior"));
        Programme programme = Programme.builder("p", "P").targetProfile(profile).leadsTo(leadsTo).build();

        profile.put("hlm.leading-change", "strong");
        leadsTo.add("executive");

        assertThat(programme.targetProfile()).containsOnlyKeys("hlm.engaging-team");
        assertThat(programme.leadsTo()).containsExactly("senior");
    }

    @Test
    void returnsUnmodifiableCollections() {
        Programme programme = Examples.programme();

        assertThatThrownBy(() -> programme.targetProfile().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> programme.leadsTo().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> programme.translations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullWhereAValueIsRequired() {
        Programme.Builder builder = Programme.builder("p", "P");

        assertThatNullPointerException().isThrownBy(() -> Programme.builder(null, "P")).withMessageContaining("id");
        assertThatNullPointerException().isThrownBy(() -> Programme.builder("p", null))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> builder.targetProfile(null));
        assertThatNullPointerException().isThrownBy(() -> builder.leadsTo(null));
        assertThatNullPointerException().isThrownBy(() -> builder.leadsTo(Arrays.asList("senior", null)));
        assertThatNullPointerException().isThrownBy(() -> builder.translations(null));
        assertThatNullPointerException().isThrownBy(() -> builder.extensions(null));
    }

    @Test
    void rejectsATargetLevelThatIsNull() {
        Map<String, String> profile = new HashMap<>();
        profile.put("hlm.engaging-team", null);

        assertThatNullPointerException()
                .isThrownBy(() -> Programme.builder("p", "P").targetProfile(profile).build())
                .withMessageContaining("targetProfile");
    }

    @Test
    void acceptsNullWhereTheBuilderSaysNone() {
        Programme programme = Examples.programme("p", "P").description(null).audience(null).duration(null).build();

        assertThat(programme.description()).isEmpty();
        assertThat(programme.audience()).isEmpty();
        assertThat(programme.duration()).isEmpty();
    }

    @Test
    void copiesItselfThroughItsBuilder() {
        Programme programme = Examples.programme();
        Programme copy = programme.toBuilder().build();

        assertThat(copy).isEqualTo(programme);
        assertThat(copy.hashCode()).isEqualTo(programme.hashCode());
    }

    static Stream<Arguments> oneFieldChanged() {
        Programme same = Examples.programme();
        return Stream.of(
                Arguments.of("id", Examples.programme("senior", same.title()).build()),
                Arguments.of("title", Examples.programme(same.id(), "Another title").build()),
                Arguments.of("description", same.toBuilder().description("Other").build()),
                Arguments.of("audience", same.toBuilder().audience("Everyone").build()),
                Arguments.of("duration", same.toBuilder()
                        .duration(new ProgrammeDuration(6, ProgrammeDuration.Unit.WEEKS)).build()),
                Arguments.of("targetProfile", same.toBuilder()
                        .targetProfile(Map.of("hlm.engaging-team", "strong")).build()),
                Arguments.of("leadsTo", same.toBuilder().leadsTo(List.of("executive", "senior")).build()),
                Arguments.of("translations", same.toBuilder().translations(Map.of()).build()),
                Arguments.of("extensions", same.toBuilder().extensions(Extensions.none()).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void differsFromAProgrammeWithOneFieldChanged(String field, Programme changed) {
        Programme programme = Examples.programme();

        assertThat(changed).isNotEqualTo(programme);
        assertThat(programme).isNotEqualTo(changed);
        assertThat(changed.hashCode()).isNotEqualTo(programme.hashCode());
    }

    @Test
    void namesItsIdInToString() {
        assertThat(Examples.programme()).hasToString("Programme[foundation]");
    }
}
