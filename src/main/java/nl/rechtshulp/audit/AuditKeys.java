package nl.rechtshulp.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys that seal the audit trail, held outside the database (an environment secret or a file): every entry is
 * sealed with the current key and stores that key's id, so after a rotation the old keys still verify old entries.
 * Written {@code id:base64,id:base64}; the current key is named, or the last one listed.
 */
public final class AuditKeys {

    /** Demo mode only: a key anyone can read, so a demo trail proves nothing about who may have changed it. */
    public static final String DEMO_KEYS = "demo-1:"
            + Base64.getEncoder().encodeToString("rechtshulp demo audit key: never in production".getBytes(StandardCharsets.UTF_8));
    private static final int MINIMUM_KEY_BYTES = 32;

    private final Map<String, byte[]> secrets;
    private final String currentId;

    private AuditKeys(Map<String, byte[]> secrets, String currentId) {
        this.secrets = secrets;
        this.currentId = currentId;
    }

    public static AuditKeys parse(String spec, String currentId) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no audit keys given");
        }
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        String last = null;
        for (String part : spec.trim().split("\\s*,\\s*")) {
            String[] idAndSecret = part.split(":", 2);
            if (idAndSecret.length != 2 || !idAndSecret[0].matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalArgumentException("an audit key is written id:base64 (id of at most 32 letters, digits, . _ -)");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(idAndSecret[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("audit key " + idAndSecret[0] + " is not base64");
            }
            if (secret.length < MINIMUM_KEY_BYTES) {
                throw new IllegalArgumentException("audit key " + idAndSecret[0] + " has fewer than " + MINIMUM_KEY_BYTES + " bytes");
            }
            secrets.put(idAndSecret[0], secret);
            last = idAndSecret[0];
        }
        String current = currentId == null || currentId.isBlank() ? last : currentId;
        if (!secrets.containsKey(current)) {
            throw new IllegalArgumentException("the current audit key " + current + " is not among the keys given");
        }
        return new AuditKeys(Map.copyOf(secrets), current);
    }

    public String currentId() {
        return currentId;
    }

    byte[] current() {
        return secrets.get(currentId);
    }

    /** The key with this id, or null: an entry sealed with an unknown key does not verify. */
    byte[] secret(String id) {
        return id == null ? null : secrets.get(id);
    }
}
