package org.cadre.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

    @Test
    void pointsAtTheWholeDocumentWithNoTokens() {
        assertThat(Pointers.of()).isEmpty();
    }

    @Test
    void joinsNamesAndIndexes() {
        assertThat(Pointers.of("competencies", 3, "parent")).isEqualTo("/competencies/3/parent");
    }

    @Test
    void escapesTildeAsTildeZeroAndSlashAsTildeOne() {
        assertThat(Pointers.of("a/b", "m~n")).isEqualTo("/a~1b/m~0n");
        assertThat(Pointers.escape("~1")).isEqualTo("~01");
        assertThat(Pointers.escape("/~")).isEqualTo("~1~0");
        assertThat(Pointers.escape("~/")).isEqualTo("~0~1");
    }

    @Test
    void keepsAnEmptyToken() {
        assertThat(Pointers.of("")).isEqualTo("/");
        assertThat(Pointers.of("indicators", "")).isEqualTo("/indicators/");
    }

    @Test
    void appendsOneEscapedToken() {
        assertThat(Pointers.append("", "translations")).isEqualTo("/translations");
        assertThat(Pointers.append("/competencies/0/indicators", "senior/expert"))
                .isEqualTo("/competencies/0/indicators/senior~1expert");
        assertThat(Pointers.append("/programmes/1/leadsTo", 2)).isEqualTo("/programmes/1/leadsTo/2");
    }

    @Test
    void leavesOtherCharactersAlone() {
        assertThat(Pointers.of("hlm.engaging-team", "é ü%")).isEqualTo("/hlm.engaging-team/é ü%");
    }
}
