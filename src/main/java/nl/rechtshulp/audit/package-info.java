/**
 * The audit trail: an append-only, hash-chained record of who did what, when and why, fed by the engine and the
 * application, kept for its own retention period, verified link by link.
 */
package nl.rechtshulp.audit;
