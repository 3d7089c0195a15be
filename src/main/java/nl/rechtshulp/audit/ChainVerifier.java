package nl.rechtshulp.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks every chain entry by entry, recomputing each seal with the key that made it, and reports the first broken
 * link: a changed field, a removed or inserted entry, an entry sealed without a known key, a chain head that does not
 * match its last entry, or a chain that no longer holds what a checkpoint outside the database recorded (a tail
 * removed with its head, a chain sealed again). Chains that retention removed are expected to be gone. Plain JDBC and
 * files, so the command-line verifier runs without the application.
 */
public final class ChainVerifier {

    /** What a walk found; {@code firstBroken} is null when every link holds. */
    public record Report(boolean intact, long entriesChecked, int chainsChecked, int checkpointsChecked,
                         BrokenLink firstBroken) {
    }

    public record BrokenLink(String chainKey, long chainSeq, Long entryId, String problem) {
    }

    private ChainVerifier() {
    }

    public static Report verify(Connection connection, AuditKeys keys, List<AuditCheckpoints.Checkpoint> checkpoints)
            throws SQLException {
        for (var checkpoint : checkpoints) {
            if (!checkpoint.sealed()) {
                return new Report(false, 0, 0, checkpoints.size(), new BrokenLink(null, 0, null,
                        "checkpoint " + checkpoint.file() + " does not match its seal"));
            }
        }
        var recorded = AuditCheckpoints.latestHeads(checkpoints);
        var walk = new Walk(keys, recorded, checkpoints.size());
        Report report = walk(connection, walk);
        if (!report.intact()) {
            return report;
        }
        for (var head : recorded.entrySet()) {
            if (!walk.seen.contains(head.getKey()) && !walk.removedByRetention.contains(head.getKey())) {
                return walk.broken(head.getKey(), head.getValue().getKey().seq(), null,
                        "the chain recorded in " + head.getValue().getValue().file() + " is missing");
            }
        }
        return report;
    }

    /** What the walk carries from entry to entry. */
    private static final class Walk {
        final AuditKeys keys;
        final Map<String, Map.Entry<AuditCheckpoints.Head, AuditCheckpoints.Checkpoint>> recorded;
        final int checkpoints;
        final java.util.Set<String> seen = new java.util.HashSet<>();
        final java.util.Set<String> removedByRetention = new java.util.HashSet<>();
        long checked;
        int chains;

        Walk(AuditKeys keys, Map<String, Map.Entry<AuditCheckpoints.Head, AuditCheckpoints.Checkpoint>> recorded,
             int checkpoints) {
            this.keys = keys;
            this.recorded = recorded;
            this.checkpoints = checkpoints;
        }

        Report broken(String chain, long seq, Long id, String problem) {
            return new Report(false, checked, chains, checkpoints, new BrokenLink(chain, seq, id, problem));
        }

        /** Against the checkpoint: the entry it recorded must be there with the seal it had. */
        String againstCheckpoint(String chain, long seq, String hash) {
            var head = recorded.get(chain);
            if (head == null || head.getKey().seq() != seq || head.getKey().hash().equals(hash)) {
                return null;
            }
            return "differs from what " + head.getValue().file() + " recorded";
        }

        /**
         * A removal by retention counts only once a checkpoint outside the database holds the entry that records it:
         * someone with the key cannot forge a removal and delete a chain.
         */
        boolean coveredByCheckpoint(String chain, long seq) {
            var head = recorded.get(chain);
            return head != null && head.getKey().seq() >= seq;
        }

        /** After a chain's last entry: entries the checkpoint recorded beyond it were removed. */
        String missingAfter(String chain, long lastSeq) {
            var head = recorded.get(chain);
            return head != null && head.getKey().seq() > lastSeq
                    ? "entries up to " + head.getKey().seq() + " recorded in " + head.getValue().file()
                    + " are missing" : null;
        }
    }

    private static Report walk(Connection connection, Walk walk) throws SQLException {
        Map<String, String[]> heads = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select chain_key, last_seq, last_hash from audit_chain");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new String[] {Long.toString(rows.getLong(2)), rows.getString(3)});
            }
        }
        walk.chains = heads.size();
        String chain = null;
        long expectedSeq = 0;
        String previous = ChainHash.GENESIS;
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, chain_key, chain_seq, occurred_at, actor, actor_groups, request_reference, source, action,
                       subject, before_value, after_value, reason, previous_hash, hash, key_id
                from audit_entry order by chain_key, chain_seq""")) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString("chain_key");
                    if (!key.equals(chain)) {
                        Report endOfChain = endOfChain(walk, chain, expectedSeq, previous, heads);
                        if (endOfChain != null) {
                            return endOfChain;
                        }
                        chain = key;
                        walk.seen.add(key);
                        expectedSeq = 0;
                        previous = ChainHash.GENESIS;
                    }
                    expectedSeq++;
                    walk.checked++;
                    long seq = rows.getLong("chain_seq");
                    long id = rows.getLong("id");
                    if (seq != expectedSeq) {
                        return walk.broken(key, expectedSeq, id, "entry " + expectedSeq + " is missing");
                    }
                    if (!previous.equals(rows.getString("previous_hash"))) {
                        return walk.broken(key, seq, id, "does not link to the entry before it");
                    }
                    String keyId = rows.getString("key_id");
                    byte[] secret = walk.keys.secret(keyId);
                    if (secret == null) {
                        return walk.broken(key, seq, id, keyId == null ? "it carries no seal"
                                : "it is sealed with a key not known here (" + keyId + ")");
                    }
                    String recomputed = ChainHash.seal(secret, keyId, previous, key, seq,
                            rows.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                            rows.getString("actor"), rows.getString("actor_groups"), rows.getString("request_reference"),
                            rows.getString("source"), rows.getString("action"), rows.getString("subject"),
                            rows.getString("before_value"), rows.getString("after_value"), rows.getString("reason"));
                    if (!recomputed.equals(rows.getString("hash"))) {
                        return walk.broken(key, seq, id, "its content was changed after it was written");
                    }
                    String checkpointed = walk.againstCheckpoint(key, seq, recomputed);
                    if (checkpointed != null) {
                        return walk.broken(key, seq, id, checkpointed);
                    }
                    if ("RETENTION_REMOVED".equals(rows.getString("action")) && rows.getString("after_value") != null
                            && walk.coveredByCheckpoint(key, seq)) {
                        walk.removedByRetention.addAll(List.of(rows.getString("after_value").split(",")));
                    }
                    previous = recomputed;
                }
            }
        }
        Report endOfChain = endOfChain(walk, chain, expectedSeq, previous, heads);
        if (endOfChain != null) {
            return endOfChain;
        }
        for (var head : heads.entrySet()) {
            // A chain whose head counts entries but which has none left: all of them were removed.
            if (Long.parseLong(head.getValue()[0]) > 0 && !walk.seen.contains(head.getKey())) {
                return walk.broken(head.getKey(), 1, null, "every entry of the chain is missing");
            }
        }
        return new Report(true, walk.checked, heads.size(), walk.checkpoints, null);
    }

    private static Report endOfChain(Walk walk, String chain, long lastSeq, String lastHash, Map<String, String[]> heads) {
        BrokenLink head = checkHead(chain, lastSeq, lastHash, heads);
        if (head != null) {
            return new Report(false, walk.checked, heads.size(), walk.checkpoints, head);
        }
        String missing = chain == null ? null : walk.missingAfter(chain, lastSeq);
        return missing == null ? null : walk.broken(chain, lastSeq + 1, null, missing);
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

}
