package nl.rechtshulp.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline still running for a request: what it is, when it falls (and on which Amsterdam date), how many calendar
 * days and how much time are left; {@code activityId} is the model element (a timer or a task) that carries it. {@code kind} is DEADLINE (what the law or a treaty sets) or WARNING (ahead of it).
 */
public record RunningDeadline(String what, String activityId, String kind, Instant dueAt, LocalDate dueOn, long daysLeft,
                              Duration timeLeft, boolean passed) {
}
