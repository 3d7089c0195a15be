package nl.rechtshulp.documents;

import java.time.Instant;
import java.time.LocalDate;
import nl.rechtshulp.request.DocumentKind;

/** A document as lists show it; {@code supersededBy} names the newer version, if any. */
public record DocumentView(long id, DocumentKind kind, String name, String mediaType, long size, String sha256,
                           String language, LocalDate datedOn, String addedBy, Instant addedAt, Long supersedes,
                           Long supersededBy, Long messageId, Instant withdrawnAt, String withdrawnBy,
                           String withdrawalReason) {
}
