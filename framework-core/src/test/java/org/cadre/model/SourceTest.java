package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void allowsEveryPartToBeUnknown() {
        Source source = new Source(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Extensions.none());

        assertThat(source.publisher()).isEmpty();
        assertThat(source.year()).isEmpty();
    }

    @Test
    void equalsASourceWithTheSameContent() {
        Source source = new Source(Optional.of("NHS"), Optional.of("HLM"), Optional.empty(), Optional.of(2013),
                Extensions.none());

        assertThat(source).isEqualTo(new Source(Optional.of("NHS"), Optional.of("HLM"), Optional.empty(),
                Optional.of(2013), Extensions.none()));
        assertThat(source).isNotEqualTo(new Source(Optional.of("NHS"), Optional.of("HLM"), Optional.empty(),
                Optional.of(2014), Extensions.none()));
    }

    @Test
    void rejectsNullComponents() {
        Optional<String> none = Optional.empty();
        Optional<Integer> noYear = Optional.empty();
        Extensions noExtensions = Extensions.none();

        assertThatNullPointerException().isThrownBy(() -> new Source(null, none, none, noYear, noExtensions))
                .withMessageContaining("publisher");
        assertThatNullPointerException().isThrownBy(() -> new Source(none, null, none, noYear, noExtensions))
                .withMessageContaining("title");
        assertThatNullPointerException().isThrownBy(() -> new Source(none, none, null, noYear, noExtensions))
                .withMessageContaining("url");
        assertThatNullPointerException().isThrownBy(() -> new Source(none, none, none, null, noExtensions))
                .withMessageContaining("year");
        assertThatNullPointerException().isThrownBy(() -> new Source(none, none, none, noYear, null))
                .withMessageContaining("extensions");
    }
}
