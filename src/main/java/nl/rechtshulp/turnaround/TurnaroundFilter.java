package nl.rechtshulp.turnaround;

import java.time.Instant;

/** Which requests the statistics cover; null fields do not filter. Closed requests count by their closing date. */
record TurnaroundFilter(String groupBy, Instant from, Instant to, String direction, String type, String partnerState,
                        String authority, String urgency, String subGoal) {
}
