package nl.rechtshulp.request;

public record RequestClosed(RequestReference reference, Outcome outcome) {
}
