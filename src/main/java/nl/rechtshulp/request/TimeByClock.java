package nl.rechtshulp.request;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long a request has been in Dutch hands, abroad and with its clock stopped, summed over its phase history up to
 * its closure or now. Durations are ISO-8601 ({@code PT52H30M}).
 */
public record TimeByClock(Duration dutchHands, Duration abroad, Duration stopped) {

    static TimeByClock of(List<RequestHistory.Transition> transitions, Instant until) {
        Map<RequestClock, Duration> totals = new EnumMap<>(RequestClock.class);
        for (int i = 0; i < transitions.size(); i++) {
            Instant from = transitions.get(i).enteredAt();
            Instant to = i + 1 < transitions.size() ? transitions.get(i + 1).enteredAt() : until;
            if (to.isAfter(from)) {
                totals.merge(transitions.get(i).lifecycle().clock(), Duration.between(from, to), Duration::plus);
            }
        }
        return new TimeByClock(totals.getOrDefault(RequestClock.NL, Duration.ZERO),
                totals.getOrDefault(RequestClock.ABROAD, Duration.ZERO), totals.getOrDefault(RequestClock.STOPPED, Duration.ZERO));
    }
}
