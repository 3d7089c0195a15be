package nl.rechtshulp.audit;

import java.time.Instant;

/**
 * One thing that happened, before it joins a chain. {@code processInstanceId} names the process when the request's
 * reference is not known yet (a process started from a Tasklist form gets its reference later in the same step).
 */
record AuditEvent(Instant occurredAt, String actor, String actorGroups, String requestReference,
                  String processInstanceId, AuditSource source, String action, String subject, String before,
                  String after, String reason) {

    AuditEvent withReference(String reference) {
        return new AuditEvent(occurredAt, actor, actorGroups, reference, processInstanceId, source, action, subject,
                before, after, reason);
    }
}
