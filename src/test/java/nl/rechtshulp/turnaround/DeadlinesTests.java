package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic in calendar days, Europe/Amsterdam: daylight saving, requested deadlines, stopped clocks. */
class DeadlinesTests {

    private static Instant amsterdam(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), nl.rechtshulp.web.DutchTime.ZONE).toInstant();
    }

    @Test
    void aDeadlineEndsWhenItsLastDayEndsInAmsterdamAcrossTheClockChange() {
        // Registered late on Saturday 24 October 2026; summer time ends on Sunday 25 October.
        Deadlines deadlines = Deadlines.of(amsterdam("2026-10-24T23:30"), 2, 10, null, 0.8);

        assertThat(deadlines.targetAt()).isEqualTo(amsterdam("2026-10-27T00:00"));
        assertThat(deadlines.fatalAt()).isEqualTo(amsterdam("2026-11-04T00:00"));
        assertThat(Duration.between(amsterdam("2026-10-24T23:30"), deadlines.targetAt()))
                .as("the night the clock goes back has 25 hours").isEqualTo(Duration.ofHours(49).plusMinutes(30));
    }

    @Test
    void theWarningComesAtItsShareOfTheTimeToTheTarget() {
        Instant registered = amsterdam("2026-03-02T09:00");
        Deadlines deadlines = Deadlines.of(registered, 9, 20, null, 0.8);

        long toTarget = Duration.between(registered, deadlines.targetAt()).toSeconds();
        assertThat(Duration.between(registered, deadlines.warnAt()).toSeconds()).isEqualTo(Math.round(toTarget * 0.8));
        assertThat(deadlines.warnAt()).isBefore(deadlines.targetAt());
    }

    @Test
    void aDeadlineSetByTheRequestingStateBringsBothForward() {
        Instant registered = amsterdam("2026-03-02T09:00");
        Deadlines deadlines = Deadlines.of(registered, 90, 120, LocalDate.of(2026, 3, 20), 0.8);

        assertThat(deadlines.fatalAt()).isEqualTo(amsterdam("2026-03-21T00:00"));
        assertThat(deadlines.targetAt()).isEqualTo(deadlines.fatalAt());
    }

    @Test
    void aLaterRequestedDeadlineChangesNothing() {
        Instant registered = amsterdam("2026-03-02T09:00");
        assertThat(Deadlines.of(registered, 30, 60, LocalDate.of(2027, 1, 1), 0.8))
                .isEqualTo(Deadlines.of(registered, 30, 60, null, 0.8));
    }

    @Test
    void timeWithTheClockStoppedMovesEveryDeadlineBack() {
        Deadlines deadlines = Deadlines.of(amsterdam("2026-03-02T09:00"), 30, 60, null, 0.8);
        Duration waitingForTheSupplement = Duration.ofDays(12).plusHours(3);

        Deadlines moved = deadlines.after(waitingForTheSupplement);

        assertThat(Duration.between(deadlines.warnAt(), moved.warnAt())).isEqualTo(waitingForTheSupplement);
        assertThat(Duration.between(deadlines.targetAt(), moved.targetAt())).isEqualTo(waitingForTheSupplement);
        assertThat(Duration.between(deadlines.fatalAt(), moved.fatalAt())).isEqualTo(waitingForTheSupplement);
    }
}
