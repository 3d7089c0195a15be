package nl.rechtshulp.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the audit trail outside the database: at an interval, and on demand, the heads of every chain that
 * moved since the last checkpoint go into a new sealed file in a directory the database's administrators do not
 * control (only the chains that moved: with a million requests a full list every quarter of an hour would be large,
 * and the verifier takes each chain's latest head over all files). A chain truncated or sealed again after a
 * checkpoint no longer matches it, even for someone with the key.
 */
@Component
public class AuditCheckpoints {

    static final String FILE_PATTERN = "checkpoint-[0-9TZ.-]+-[0-9a-f]{8}\\.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Once a day every chain goes in, not only those that moved: a tampered "already checkpointed" mark heals. */
    private static final java.time.Duration FULL_CHECKPOINT_EVERY = java.time.Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final AuditKeys keys;
    private final Path directory;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    AuditCheckpoints(JdbcTemplate jdbc, AuditKeys keys, AuditSealSettings settings, Clock clock,
                     org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.directory = Path.of(settings.checkpoints());
        try {
            Files.createDirectories(directory); // a directory that cannot be made stops the start, not the first checkpoint
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + directory + " for the audit checkpoints", e);
        }
        this.clock = clock;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // Its own transaction: also after another one has committed (retention), never half of someone else's.
        this.transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One head as a checkpoint records it. */
    public record Head(String chainKey, long seq, String hash) {
    }

    /** A checkpoint read back: when, by which key, the heads, and whether its seal holds. */
    public record Checkpoint(String file, Instant at, String keyId, List<Head> heads, boolean sealed) {
    }

    @Scheduled(initialDelayString = "${rechtshulp.audit.seal.checkpoint-interval:PT15M}",
            fixedDelayString = "${rechtshulp.audit.seal.checkpoint-interval:PT15M}")
    void scheduled() {
        write(false);
    }

    /**
     * Writes a checkpoint of the chains that moved (every chain once a day); with {@code always} also when none did.
     * The file is written first and the chains are marked only once it exists: a full or missing share loses nothing,
     * the next checkpoint takes the same chains again. Null: nothing to write.
     */
    public Checkpoint write(boolean always) {
        return transaction.execute(status -> writeInTransaction(always));
    }

    private Checkpoint writeInTransaction(boolean always) {
        boolean full = lastFullCheckpointBefore(clock.instant().minus(FULL_CHECKPOINT_EVERY));
        List<Head> moved = jdbc.query("select chain_key, last_seq, last_hash from audit_chain "
                        + (full ? "" : "where last_seq <> checkpointed_seq ") + "order by chain_key",
                (row, n) -> new Head(row.getString(1), row.getLong(2), row.getString(3)));
        if (moved.isEmpty() && !always) {
            return null;
        }
        Instant at = clock.instant();
        Map<String, Object> totals = jdbc.queryForMap("select count(*) as chains, coalesce(sum(last_seq), 0) as entries "
                + "from audit_chain");
        String file = "checkpoint-" + FILE_TIME.format(at) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".json";
        try {
            Files.createDirectories(directory);
            // CREATE_NEW: a checkpoint is never overwritten, by this node or another.
            Files.writeString(directory.resolve(file), render(at, moved, full, ((Number) totals.get("chains")).longValue(),
                    ((Number) totals.get("entries")).longValue()), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint to " + directory, e);
        }
        jdbc.batchUpdate("update audit_chain set checkpointed_seq = ? where chain_key = ? and checkpointed_seq < ?",
                moved.stream().map(head -> new Object[] {head.seq(), head.chainKey(), head.seq()}).toList());
        return new Checkpoint(file, at, keys.currentId(), moved, true);
    }

    public List<Checkpoint> all() {
        return load(directory, keys);
    }

    /** The file's content, for auditors to keep; null for a name that is not a checkpoint here. */
    public byte[] content(String file) {
        if (!file.matches(FILE_PATTERN) || !Files.isRegularFile(directory.resolve(file))) {
            return null;
        }
        try {
            return Files.readAllBytes(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest full checkpoint in the directory is older than {@code before}, or there is none. */
    private boolean lastFullCheckpointBefore(Instant before) {
        String since = "checkpoint-" + FILE_TIME.format(before);
        try (Stream<Path> files = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches(FILE_PATTERN) && name.compareTo(since) > 0)
                    .noneMatch(name -> isFull(directory.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFull(Path file) {
        try {
            return JSON.readTree(Files.readString(file)).path("full").asBoolean();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The time, the key, whether it holds every chain, how many chains and entries the trail held, and the heads. */
    private String render(Instant at, List<Head> heads, boolean full, long chains, long entries) {
        ObjectNode checkpoint = JSON.createObjectNode();
        checkpoint.put("at", at.toString());
        checkpoint.put("keyId", keys.currentId());
        checkpoint.put("full", full);
        checkpoint.put("chainsInTrail", chains);
        checkpoint.put("entriesInTrail", entries);
        ArrayNode list = checkpoint.putArray("heads");
        heads.forEach(head -> list.addArray().add(head.chainKey()).add(head.seq()).add(head.hash()));
        String body = checkpoint.toString();
        checkpoint.put("seal", ChainHash.mac(keys.current(), body));
        return checkpoint.toString() + "\n";
    }

    /** Every checkpoint in a directory, oldest first, each with its seal checked: for the verifier and the CLI. */
    public static List<Checkpoint> load(Path directory, AuditKeys keys) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.filter(p -> p.getFileName().toString().matches(FILE_PATTERN)).sorted().toList()) {
                checkpoints.add(read(path, keys));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checkpoints;
    }

    private static Checkpoint read(Path path, AuditKeys keys) throws IOException {
        String file = path.getFileName().toString();
        try {
            ObjectNode checkpoint = (ObjectNode) JSON.readTree(Files.readString(path));
            String seal = checkpoint.path("seal").asText();
            checkpoint.remove("seal");
            String keyId = checkpoint.path("keyId").asText();
            byte[] key = keys.secret(keyId);
            boolean sealed = key != null && ChainHash.mac(key, checkpoint.toString()).equals(seal);
            List<Head> heads = new ArrayList<>();
            checkpoint.path("heads").forEach(head -> heads.add(new Head(head.get(0).asText(), head.get(1).asLong(),
                    head.get(2).asText())));
            return new Checkpoint(file, Instant.parse(checkpoint.path("at").asText()), keyId, heads, sealed);
        } catch (RuntimeException | IOException e) {
            return new Checkpoint(file, null, null, List.of(), false);
        }
    }

    /**
     * The furthest recorded head per chain over all checkpoints, with the checkpoint that recorded it: the highest
     * entry, whichever node wrote it and whatever its clock said.
     */
    static Map<String, Map.Entry<Head, Checkpoint>> latestHeads(List<Checkpoint> checkpoints) {
        Map<String, Map.Entry<Head, Checkpoint>> latest = new java.util.HashMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            checkpoint.heads().forEach(head -> latest.merge(head.chainKey(), Map.entry(head, checkpoint),
                    (known, other) -> other.getKey().seq() > known.getKey().seq() ? other : known));
        }
        return latest;
    }
}
