package nl.rechtshulp.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and every stored field, so changing, removing or
 * reordering any entry breaks every link after it. Shared by the application and the command-line verifier.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String previousHash, String chainKey, long chainSeq, Instant occurredAt, String actor,
                            String actorGroups, String requestReference, String source, String action,
                            String subject, String before, String after, String reason) {
        // Microseconds: what both databases store, so the stored value hashes as it was written.
        String canonical = String.join("\u001f", previousHash, chainKey, Long.toString(chainSeq),
                occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), text(actor), text(actorGroups),
                text(requestReference), text(source), text(action), text(subject), text(before), text(after),
                text(reason));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(String value) {
        return value == null ? "\u0000" : value;
    }
}
