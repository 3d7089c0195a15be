package nl.rechtshulp.request;

/** A move in a request's lifecycle; {@code null} parts stay as they are (a clock change brings its own reason). */
public record LifecycleChange(Phase phase, String stage, RequestClock clock, String clockReason) {
}
