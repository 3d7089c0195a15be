package nl.rechtshulp.request;

import java.time.Instant;

/**
 * A request moved to another phase, stage or clock; published in the transaction that moved it, with when the
 * previous phase and clock began.
 */
public record LifecycleEntered(RequestReference reference, Lifecycle before, Lifecycle after, Instant at,
                               Instant previousPhaseEnteredAt, Instant previousClockEnteredAt) {
}
