package nl.rechtshulp.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TreatyDeadlinesTests {

    @Test
    void dayEighteenOfTheEuropeanConventionIsTheArrestDatePlusEighteenCalendarDays() {
        assertThat(TreatyDeadlines.day(LocalDate.of(2026, 2, 20), 18)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(TreatyDeadlines.day(LocalDate.of(2028, 2, 20), 18)).as("leap year").isEqualTo(LocalDate.of(2028, 3, 9));
    }

    @Test
    void aDeadlineFallsAtTheStartOfItsDayInAmsterdamAcrossSummerTime() {
        // Arrested 1 March; day 60 is 30 April, in summer time (UTC+2).
        LocalDate dueOn = TreatyDeadlines.day(LocalDate.of(2026, 3, 1), 60);
        assertThat(dueOn).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(TreatyDeadlines.startOf(dueOn)).isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
        // In winter time (UTC+1).
        assertThat(TreatyDeadlines.startOf(LocalDate.of(2026, 12, 31))).isEqualTo(Instant.parse("2026-12-30T23:00:00Z"));
    }

    @Test
    void aPeriodWithinOneMonthLastsToTheEndOfItsLastDay() {
        assertThat(TreatyDeadlines.endOf(LocalDate.of(2026, 10, 25))).isEqualTo(Instant.parse("2026-10-25T22:59:59Z"));
    }
}
