package nl.rechtshulp.extradition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Extradition deadlines count calendar days from the arrest, in Europe/Amsterdam: "day 18" is the arrest date plus
 * 18, and a deadline falls at the start of that day, so the release task is there in the morning, never after.
 */
final class TreatyDeadlines {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private TreatyDeadlines() {
    }

    static LocalDate day(LocalDate arrestedOn, int days) {
        return arrestedOn.plusDays(days);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toInstant();
    }

    /** The last moment of a day: what a period "within one month" allows. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1);
    }
}
