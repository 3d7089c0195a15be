package nl.rechtshulp.extradition;

import nl.rechtshulp.web.DutchTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Extradition deadlines count calendar days from the arrest, in Europe/Amsterdam: "day 18" is the arrest date plus
 * 18, and a deadline falls at the start of that day, so the release task is there in the morning, never after.
 */
final class TreatyDeadlines {

    private TreatyDeadlines() {
    }

    static LocalDate day(LocalDate arrestedOn, int days) {
        return arrestedOn.plusDays(days);
    }

    static Instant startOf(LocalDate day) {
        return DutchTime.startOf(day);
    }

    /** The last moment of a day: what a period "within one month" allows. */
    static Instant endOf(LocalDate day) {
        return DutchTime.lastSecondOf(day);
    }
}
