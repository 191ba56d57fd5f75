package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A programme's capacity, selection ranking and checkpoints: defaults, copies and equality. */
class ProgrammePlacesTest {

    private static final Rule RULE = new Rule.NumberFact("months", Rule.Comparison.AT_LEAST, BigDecimal.ONE);

    @Test
    void aProgrammeHasUnlimitedPlacesNoRankingAndNoCheckpointsByDefault() {
        Programme programme = Programme.builder("p", "P").build();

        assertThat(programme.capacity()).isEmpty();
        assertThat(programme.selection()).isEmpty();
        assertThat(programme.checkpoints()).isEmpty();
    }

    @Test
    void theNewPartsSurviveToBuilderAndTakePartInEquality() {
        List<SelectionKey> keys = new ArrayList<>(List.of(new SelectionKey.ByFact("months", SelectionKey.Order.ASCENDING),
                new SelectionKey.ByRule(RULE)));
        Programme programme = Programme.builder("p", "P").capacity(250).selection(keys)
                .checkpoints(List.of(new Checkpoint("c", Optional.of("C"), 6, RULE))).build();
        keys.clear();

        assertThat(programme.selection()).hasSize(2);
        assertThat(programme.toBuilder().build()).isEqualTo(programme).hasSameHashCodeAs(programme);
        assertThat(programme.toBuilder().capacity(249).build()).isNotEqualTo(programme);
        assertThat(programme.toBuilder().selection(List.of()).build()).isNotEqualTo(programme);
        assertThat(programme.toBuilder().checkpoints(List.of()).build()).isNotEqualTo(programme);
    }

    @Test
    void ordersHaveDocumentNames() {
        assertThat(SelectionKey.Order.fromJsonName("descending")).contains(SelectionKey.Order.DESCENDING);
        assertThat(SelectionKey.Order.fromJsonName("sideways")).isEmpty();
        assertThatThrownBy(() -> new SelectionKey.ByFact(null, SelectionKey.Order.ASCENDING))
                .isInstanceOf(NullPointerException.class);
    }
}
