package nl.rechtshulp.request;

/** Where a request stands: phase, the finer stage within it, and whose clock runs. */
public record Lifecycle(Phase phase, String stage, RequestClock clock, String clockReason) {
}
