package nl.rechtshulp.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks every chain entry by entry, recomputing each hash, and reports the first broken link: a changed field, a
 * removed or inserted entry, or a chain head that does not match its last entry. Plain JDBC, so the command-line
 * verifier runs without the application.
 */
public final class ChainVerifier {

    /** What a walk found; {@code firstBroken} is null when every link holds. */
    public record Report(boolean intact, long entriesChecked, int chainsChecked, BrokenLink firstBroken) {
    }

    public record BrokenLink(String chainKey, long chainSeq, Long entryId, String problem) {
    }

    private ChainVerifier() {
    }

    public static Report verify(Connection connection) throws SQLException {
        Map<String, String[]> heads = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select chain_key, last_seq, last_hash from audit_chain");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new String[] {Long.toString(rows.getLong(2)), rows.getString(3)});
            }
        }
        long checked = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        String chain = null;
        long expectedSeq = 0;
        String previous = ChainHash.GENESIS;
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, chain_key, chain_seq, occurred_at, actor, actor_groups, request_reference, source, action,
                       subject, before_value, after_value, reason, previous_hash, hash
                from audit_entry order by chain_key, chain_seq""")) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString("chain_key");
                    if (!key.equals(chain)) {
                        BrokenLink endOfChain = checkHead(chain, expectedSeq, previous, heads);
                        if (endOfChain != null) {
                            return new Report(false, checked, heads.size(), endOfChain);
                        }
                        chain = key;
                        seen.add(key);
                        expectedSeq = 0;
                        previous = ChainHash.GENESIS;
                    }
                    expectedSeq++;
                    checked++;
                    long seq = rows.getLong("chain_seq");
                    long id = rows.getLong("id");
                    if (seq != expectedSeq) {
                        return broken(checked, heads, key, expectedSeq, id, "entry " + expectedSeq + " is missing");
                    }
                    if (!previous.equals(rows.getString("previous_hash"))) {
                        return broken(checked, heads, key, seq, id, "does not link to the entry before it");
                    }
                    String recomputed = ChainHash.of(previous, key, seq,
                            rows.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                            rows.getString("actor"), rows.getString("actor_groups"), rows.getString("request_reference"),
                            rows.getString("source"), rows.getString("action"), rows.getString("subject"),
                            rows.getString("before_value"), rows.getString("after_value"), rows.getString("reason"));
                    if (!recomputed.equals(rows.getString("hash"))) {
                        return broken(checked, heads, key, seq, id, "its content was changed after it was written");
                    }
                    previous = recomputed;
                }
            }
        }
        BrokenLink endOfChain = checkHead(chain, expectedSeq, previous, heads);
        if (endOfChain != null) {
            return new Report(false, checked, heads.size(), endOfChain);
        }
        for (var head : heads.entrySet()) {
            // A chain whose head counts entries but which has none left: all of them were removed.
            if (Long.parseLong(head.getValue()[0]) > 0 && !seen.contains(head.getKey())) {
                return new Report(false, checked, heads.size(),
                        new BrokenLink(head.getKey(), 1, null, "every entry of the chain is missing"));
            }
        }
        return new Report(true, checked, heads.size(), null);
    }

    /** The head records the last entry; entries removed from the end of a chain show here. */
    private static BrokenLink checkHead(String chain, long lastSeq, String lastHash, Map<String, String[]> heads) {
        if (chain == null) {
            return null;
        }
        String[] head = heads.get(chain);
        if (head == null || Long.parseLong(head[0]) != lastSeq || !head[1].equals(lastHash)) {
            return new BrokenLink(chain, lastSeq, null, "the chain ends before its last recorded entry");
        }
        return null;
    }

    private static Report broken(long checked, Map<String, String[]> heads, String chain, long seq, long id,
                                 String problem) {
        return new Report(false, checked, heads.size(), new BrokenLink(chain, seq, id, problem));
    }
}
