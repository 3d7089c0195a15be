package nl.rechtshulp.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.rechtshulp.request.MessageKind;

/** What the requesting state sent, when it arrived, and what it says in short. */
record ForeignMessageForm(@NotNull MessageKind kind, LocalDate receivedOn, @Size(max = 4000) String summary) {
}
