package nl.rechtshulp.request;

import java.time.LocalDate;

/** An action an analyst proposes: who owns it and by when (a decision not to act has neither, only a reason). */
public record ProposedAction(FollowUpKind kind, String description, String owner, LocalDate dueOn) {
}
