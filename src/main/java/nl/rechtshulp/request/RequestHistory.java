package nl.rechtshulp.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened to a request: phase transitions, decisions and messages from abroad, each in time order. */
public record RequestHistory(List<Transition> transitions, List<Decision> decisions, List<Message> messages) {

    public record Transition(Lifecycle lifecycle, Instant enteredAt) {
    }

    public record Decision(String taskKey, String decidedBy, Instant decidedAt, String details) {
    }

    public record Message(MessageKind kind, LocalDate receivedOn, String summary, String recordedBy, Instant recordedAt) {
    }
}
