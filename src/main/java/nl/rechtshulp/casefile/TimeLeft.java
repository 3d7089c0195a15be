package nl.rechtshulp.casefile;

import java.time.Duration;
import java.time.Instant;
import nl.rechtshulp.request.RunningDeadline;

/**
 * How much time a deadline leaves, as a page says it: the message key {@code left.<kind>} with the amount.
 * Treaty deadlines count calendar days, so what is left of them is counted the same way.
 */
record TimeLeft(Kind kind, long amount, boolean late) {

    enum Kind { DAYS, HOURS, TODAY, LATE, PASSED }

    TimeLeft(Kind kind, long amount) {
        this(kind, amount, kind == Kind.LATE || kind == Kind.PASSED);
    }

    static TimeLeft between(Instant now, Instant due) {
        Duration left = Duration.between(now, due);
        if (left.isNegative()) {
            return new TimeLeft(Kind.LATE, -left.toDays());
        }
        return left.toDays() > 0 ? new TimeLeft(Kind.DAYS, left.toDays()) : new TimeLeft(Kind.HOURS, left.toHours());
    }

    static TimeLeft inCalendarDays(RunningDeadline deadline) {
        if (deadline.passed()) {
            return new TimeLeft(Kind.PASSED, Math.max(0, -deadline.daysLeft()));
        }
        return deadline.daysLeft() > 0 ? new TimeLeft(Kind.DAYS, deadline.daysLeft()) : new TimeLeft(Kind.TODAY, 0);
    }
}
