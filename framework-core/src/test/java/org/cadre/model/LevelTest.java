package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void makesALevelWithNothingButIdLabelAndRank() {
        Level level = Level.of("strong", "Strong", 3);

        assertThat(level.id()).isEqualTo("strong");
        assertThat(level.label()).isEqualTo("Strong");
        assertThat(level.rank()).isEqualTo(3);
        assertThat(level.description()).isEmpty();
        assertThat(level.translations()).isEmpty();
        assertThat(level.extensions()).isSameAs(Extensions.none());
    }

    @Test
    void equalsALevelWithTheSameContent() {
        assertThat(Level.of("strong", "Strong", 3)).isEqualTo(Level.of("strong", "Strong", 3))
                .isNotEqualTo(Level.of("strong", "Strong", 4))
                .isNotEqualTo(Level.of("strong", "Solid", 3))
                .isNotEqualTo(Level.of("solid", "Strong", 3));
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheTranslations() {
        Map<String, Translation> translations = new HashMap<>(Map.of("fr", Translation.of("Solide", null)));
        Level level = new Level("strong", "Strong", 3, Optional.empty(), translations, Extensions.none());

        translations.put("de", Translation.of("Stark", null));

        assertThat(level.translations()).containsOnlyKeys("fr");
        assertThatThrownBy(() -> level.translations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullComponents() {
        Optional<String> none = Optional.empty();
        Map<String, Translation> noTranslations = Map.of();
        Extensions noExtensions = Extensions.none();

        assertThatNullPointerException()
                .isThrownBy(() -> new Level(null, "Strong", 3, none, noTranslations, noExtensions))
                .withMessageContaining("id");
        assertThatNullPointerException()
                .isThrownBy(() -> new Level("strong", null, 3, none, noTranslations, noExtensions))
                .withMessageContaining("label");
        assertThatNullPointerException()
                .isThrownBy(() -> new Level("strong", "Strong", 3, null, noTranslations, noExtensions))
                .withMessageContaining("description");
        assertThatNullPointerException()
                .isThrownBy(() -> new Level("strong", "Strong", 3, none, null, noExtensions))
                .withMessageContaining("translations");
        assertThatNullPointerException()
                .isThrownBy(() -> new Level("strong", "Strong", 3, none, noTranslations, null))
                .withMessageContaining("extensions");
    }
}
