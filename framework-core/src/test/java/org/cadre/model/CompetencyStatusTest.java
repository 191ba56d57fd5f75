package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompetencyStatusTest {

    @ParameterizedTest
    @EnumSource(CompetencyStatus.class)
    void readsBackTheDocumentNameOfEveryStatus(CompetencyStatus status) {
        assertThat(CompetencyStatus.fromJsonName(status.jsonName())).isSameAs(status);
    }

    @Test
    void namesStatusesInLowerCaseInDocuments() {
        assertThat(CompetencyStatus.ACTIVE.jsonName()).isEqualTo("active");
        assertThat(CompetencyStatus.RETIRED.jsonName()).isEqualTo("retired");
    }

    @Test
    void rejectsAnUnknownStatusName() {
        assertThatIllegalArgumentException().isThrownBy(() -> CompetencyStatus.fromJsonName("deprecated"));
    }
}
