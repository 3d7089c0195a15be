package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request's deadlines: the internal target, the fatal date, and when to warn (a share of the way to the target).
 * Days are calendar days in Europe/Amsterdam: a deadline of N days ends when day N after registration ends there,
 * whatever daylight saving does to the hours. A deadline the requesting state set brings both forward; time with the
 * clock stopped (waiting for the requesting state's supplement) moves them all back.
 */
record Deadlines(Instant warnAt, Instant targetAt, Instant fatalAt) {

    static Deadlines of(Instant registeredAt, int targetDays, int fatalDays, LocalDate requestedDeadline,
                        double warningShare) {
        LocalDate registeredOn = registeredAt.atZone(DutchTime.ZONE).toLocalDate();
        Instant fatal = endOfDay(registeredOn.plusDays(fatalDays));
        if (requestedDeadline != null && endOfDay(requestedDeadline).isBefore(fatal)) {
            fatal = endOfDay(requestedDeadline);
        }
        Instant target = endOfDay(registeredOn.plusDays(targetDays));
        if (fatal.isBefore(target)) {
            target = fatal;
        }
        long toTarget = Duration.between(registeredAt, target).toSeconds();
        Instant warn = registeredAt.plusSeconds(Math.max(0, Math.round(toTarget * warningShare)));
        return new Deadlines(warn, target, fatal);
    }

    /** The deadlines after the clock stood still for {@code stopped}. */
    Deadlines after(Duration stopped) {
        return new Deadlines(warnAt.plus(stopped), targetAt.plus(stopped), fatalAt.plus(stopped));
    }

    private static Instant endOfDay(LocalDate day) {
        return DutchTime.endOf(day);
    }
}
