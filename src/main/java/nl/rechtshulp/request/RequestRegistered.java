package nl.rechtshulp.request;

public record RequestRegistered(RequestReference reference, Direction direction, RequestType type) {
}
