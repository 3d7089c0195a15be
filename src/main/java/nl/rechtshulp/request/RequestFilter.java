package nl.rechtshulp.request;

/** Optional criteria for listing requests; {@code null} means any. */
public record RequestFilter(Phase phase, String requestingState, RequestType type, Direction direction, Boolean overdue) {
}
