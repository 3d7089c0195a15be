package nl.rechtshulp.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Time as the Dutch authorities count it: statutory and treaty days are calendar days in Europe/Amsterdam, and
 * people read dates as dd-MM-yyyy. The one place that names the zone.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private DutchTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first moment of a day in Amsterdam (midnight; a day can be 23 or 25 hours long). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after a day in Amsterdam: the end of an inclusive period. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /**
     * The last second of a day in Amsterdam: when a deadline "within N days" passes. A timer set here still falls on
     * that day, so the day users see is the last day they have.
     */
    public static Instant lastSecondOf(LocalDate day) {
        return endOf(day).minusSeconds(1);
    }

    public static String date(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DATE);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DATE_TIME);
    }

    public static String dateTimeWithSeconds(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(DATE_TIME_SECONDS);
    }
}
