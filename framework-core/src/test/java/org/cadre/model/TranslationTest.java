package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationTest {

    @Test
    void translatesTitleAndDescriptionWhereGiven() {
        Translation both = Translation.of("Mobiliser l'équipe", "Créer une équipe");
        Translation titleOnly = Translation.of("Mobiliser l'équipe", null);
        Translation neither = Translation.of(null, null);

        assertThat(both.title()).contains("Mobiliser l'équipe");
        assertThat(both.description()).contains("Créer une équipe");
        assertThat(titleOnly.description()).isEmpty();
        assertThat(neither.title()).isEmpty();
        assertThat(neither.description()).isEmpty();
        assertThat(both.indicators()).isEmpty();
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheIndicators() {
        List<String> statements = new ArrayList<>(List.of("Écoute"));
        Map<String, List<String>> indicators = new HashMap<>(Map.of("strong", statements));
        Translation translation = new Translation(Optional.empty(), Optional.empty(), indicators);

        statements.add("Interrompt");
        indicators.put("essential", List.of("Est présent"));

        assertThat(translation.indicators()).containsExactly(Map.entry("strong", List.of("Écoute")));
        assertThatThrownBy(() -> translation.indicators().get("strong").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> translation.indicators().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullComponents() {
        Optional<String> none = Optional.empty();
        Map<String, List<String>> noIndicators = Map.of();

        assertThatNullPointerException().isThrownBy(() -> new Translation(null, none, noIndicators))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> new Translation(none, null, noIndicators))
                .withMessageContaining("description");
        assertThatNullPointerException().isThrownBy(() -> new Translation(none, none, null))
                .withMessageContaining("indicators");
    }

    @Test
    void equalsATranslationWithTheSameContent() {
        assertThat(Translation.of("Titre", "Texte")).isEqualTo(Translation.of("Titre", "Texte"))
                .isNotEqualTo(Translation.of("Titre", null))
                .isNotEqualTo(new Translation(Optional.of("Titre"), Optional.of("Texte"),
                        Map.of("strong", List.of("Écoute"))));
    }
}
