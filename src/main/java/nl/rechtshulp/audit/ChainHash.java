package nl.rechtshulp.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal of an entry: HMAC-SHA-256, under a key the database does not hold, over the key's id, the previous entry's
 * seal and every stored field, so changing, removing or reordering any entry breaks every link after it, and nobody
 * without the key can seal a changed chain again. Shared by the application and the command-line verifier.
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);
    private static final String HMAC = "HmacSHA256";

    private ChainHash() {
    }

    public static String seal(byte[] key, String keyId, String previousHash, String chainKey, long chainSeq,
                              Instant occurredAt, String actor, String actorGroups, String requestReference,
                              String source, String action, String subject, String before, String after, String reason) {
        String canonical = keyId + "\u001f" + canonical(previousHash, chainKey, chainSeq, occurredAt, actor, actorGroups,
                requestReference, source, action, subject, before, after, reason);
        return mac(key, canonical);
    }

    /** The fields in one string, as they are sealed. */
    public static String canonical(String previousHash, String chainKey, long chainSeq, Instant occurredAt, String actor,
                                   String actorGroups, String requestReference, String source, String action,
                                   String subject, String before, String after, String reason) {
        // Microseconds: what both databases store, so the stored value seals as it was written.
        return String.join("\u001f", previousHash, chainKey, Long.toString(chainSeq),
                occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), text(actor), text(actorGroups),
                text(requestReference), text(source), text(action), text(subject), text(before), text(after),
                text(reason));
    }

    static String mac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(String value) {
        return value == null ? "\u0000" : value;
    }
}
