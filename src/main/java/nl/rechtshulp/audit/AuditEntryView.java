package nl.rechtshulp.audit;

import java.time.Instant;
import java.time.LocalDateTime;

/** One entry as auditors read it: when (UTC and Amsterdam time), who, what, before and after, why, and its hash. */
public record AuditEntryView(long id, String chain, long seq, Instant occurredAt, LocalDateTime occurredAtAmsterdam,
                             String actor, String actorGroups, String requestReference, AuditSource source,
                             String action, String subject, String before, String after, String reason, String hash) {
}
