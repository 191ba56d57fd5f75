package org.cadre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.cadre.model.ProgrammeDuration.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProgrammeDurationTest {

    @ParameterizedTest
    @EnumSource(Unit.class)
    void readsBackTheDocumentNameOfEveryUnit(Unit unit) {
        assertThat(Unit.fromJsonName(unit.jsonName())).isSameAs(unit);
    }

    @ParameterizedTest
    @CsvSource({"HOURS, hours", "DAYS, days", "WEEKS, weeks", "MONTHS, months", "YEARS, years"})
    void namesUnitsInLowerCaseInDocuments(Unit unit, String name) {
        assertThat(unit.jsonName()).isEqualTo(name);
    }

    @Test
    void rejectsAnUnknownUnitName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.fromJsonName("fortnights"));
    }

    @Test
    void showsValueAndUnitInToString() {
        assertThat(new ProgrammeDuration(6, Unit.MONTHS)).hasToString("6 months");
        assertThat(new ProgrammeDuration(40, Unit.HOURS)).hasToString("40 hours");
    }

    @Test
    void rejectsANullUnit() {
        assertThatNullPointerException().isThrownBy(() -> new ProgrammeDuration(6, null))
                .withMessageContaining("unit");
    }

    @Test
    void equalsADurationWithTheSameValueAndUnit() {
        assertThat(new ProgrammeDuration(6, Unit.MONTHS)).isEqualTo(new ProgrammeDuration(6, Unit.MONTHS))
                .isNotEqualTo(new ProgrammeDuration(6, Unit.WEEKS))
                .isNotEqualTo(new ProgrammeDuration(7, Unit.MONTHS));
    }
}
