package org.cadre.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The evidence window's first day, computed without creating dates, is LocalDate.minusMonths's. */
class EvidenceWindowTest {

    @Test
    void monthsBeforeEqualsLocalDateMinusMonthsOverCenturiesAndMonthEnds() {
        int checked = 0;
        for (LocalDate date = LocalDate.of(1896, 1, 1); date.isBefore(LocalDate.of(2104, 3, 1));
             date = date.plusDays(13)) {
            for (int months : new int[] {0, 1, 2, 11, 12, 13, 24, 36, 120, 1200}) {
                assertThat(Nodes.epochDayMonthsBefore(date, months)).as(date + " - " + months)
                        .isEqualTo(date.minusMonths(months).toEpochDay());
                checked++;
            }
        }
        for (String leap : new String[] {"2024-02-29", "2000-02-29", "2024-03-31", "2023-03-31", "2100-03-31"}) {
            LocalDate date = LocalDate.parse(leap);
            for (int months = 0; months <= 50; months++) {
                assertThat(Nodes.epochDayMonthsBefore(date, months)).as(date + " - " + months)
                        .isEqualTo(date.minusMonths(months).toEpochDay());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }
}
