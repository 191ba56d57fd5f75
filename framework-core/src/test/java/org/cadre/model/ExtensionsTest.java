package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

    @Test
    void rejectsANameWithoutTheXPrefix() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("x-fine", "1");
        values.put("vendor-code", "2");

        assertThatIllegalArgumentException().isThrownBy(() -> Extensions.of(values))
                .withMessageContaining("[vendor-code]");
    }

    @Test
    void rejectsAPrefixInTheWrongCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> Extensions.of(Map.of("X-upper", "1")))
                .withMessageContaining("[X-upper]");
    }

    @Test
    void keepsTheFieldsInInsertionOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("x-zulu", "1");
        values.put("x-alpha", "\"a\"");
        values.put("x-mike", "{\"k\":[1,2]}");
        values.put("x-bravo", "null");

        Extensions extensions = Extensions.of(values);

        assertThat(extensions.names()).containsExactly("x-zulu", "x-alpha", "x-mike", "x-bravo");
        assertThat(extensions.asMap().values()).containsExactly("1", "\"a\"", "{\"k\":[1,2]}", "null");
    }

    @Test
    void givesTheJsonTextOfAField() {
        Extensions extensions = Extensions.of(Map.of("x-cohort", "{\"size\":12}"));

        assertThat(extensions.json("x-cohort")).contains("{\"size\":12}");
        assertThat(extensions.json("x-other")).isEmpty();
    }

    @Test
    void treatsAnEmptyMapAsNone() {
        Extensions extensions = Extensions.of(Map.of());

        assertThat(extensions.isEmpty()).isTrue();
        assertThat(extensions).isEqualTo(Extensions.none());
        assertThat(Extensions.none().names()).isEmpty();
    }

    @Test
    void keepsItsOwnUnmodifiableCopy() {
        Map<String, String> values = new HashMap<>(Map.of("x-a", "1"));
        Extensions extensions = Extensions.of(values);

        values.put("x-b", "2");

        assertThat(extensions.names()).containsExactly("x-a");
        assertThatThrownBy(() -> extensions.asMap().put("x-c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> extensions.names().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsExtensionsWithTheSameFields() {
        assertThat(Extensions.of(Map.of("x-a", "1"))).isEqualTo(Extensions.of(Map.of("x-a", "1")))
                .hasSameHashCodeAs(Extensions.of(Map.of("x-a", "1")))
                .isNotEqualTo(Extensions.of(Map.of("x-a", "2")))
                .isNotEqualTo(Extensions.none());
    }

    @Test
    void rejectsANullMapOrValue() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("x-a", null);

        assertThatNullPointerException().isThrownBy(() -> Extensions.of(null));
        assertThatNullPointerException().isThrownBy(() -> Extensions.of(nullValue));
    }

    @Test
    void rejectsANullNameWithNullPointerExceptionAsDocumented() {
        Map<String, String> nullName = new HashMap<>();
        nullName.put(null, "1");

        assertThatNullPointerException().isThrownBy(() -> Extensions.of(nullName));
    }
}
