package nl.rechtshulp.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.rechtshulp.request.MessageKind;

/**
 * What the other state sent, when it arrived, what it says in short, and the documents (uploaded to the case file
 * first) that came with it. {@code occurredOn} is when the event it reports happened, if not the day it arrived (an
 * arrest abroad).
 */
record ForeignMessageForm(@NotNull MessageKind kind, LocalDate receivedOn, LocalDate occurredOn,
                          @Size(max = 4000) String summary, @Size(max = 100) java.util.List<@NotNull Long> documentIds) {
}
