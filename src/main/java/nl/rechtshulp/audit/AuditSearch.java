package nl.rechtshulp.audit;

import java.time.Instant;

/** Criteria for searching the trail across requests; any may be null. */
record AuditSearch(String actor, String authority, Instant from, Instant to, String action, String requestReference) {
}
