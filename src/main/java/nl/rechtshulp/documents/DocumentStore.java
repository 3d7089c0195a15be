package nl.rechtshulp.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Documents in the database, in chunks of {@value #CHUNK_SIZE} bytes: written as they stream in, read one chunk at a
 * time, so a file is never held whole in memory on H2 or PostgreSQL.
 */
@Component
class DocumentStore {

    static final int CHUNK_SIZE = 256 * 1024;
    private static final String COLUMNS = """
            d.id, d.kind, d.name, d.media_type, d.size_bytes, d.sha256, d.language, d.dated_on, d.added_by, d.added_at,
            d.supersedes_id, (select n.id from request_document n where n.supersedes_id = d.id) as superseded_by,
            d.message_id, d.withdrawn_at, d.withdrawn_by, d.withdrawal_reason""";

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewDocument(long requestId, DocumentKind kind, String language, String name, String mediaType,
                       java.time.LocalDate datedOn, String addedBy, Instant addedAt, Long supersedes) {
    }

    /** What was written: size and checksum of the content as it streamed past. */
    record Written(long id, long size, String sha256) {
    }

    /** Writes the document and its content; {@code firstChunk} was read already to detect the type. */
    Written write(NewDocument document, byte[] firstChunk, int firstLength, InputStream rest, long maxSize) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into request_document (request_id, kind, language, name, media_type, size_bytes, sha256,
                        dated_on, added_by, added_at, supersedes_id)
                    values (?, ?, ?, ?, ?, 0, '', ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, document.requestId());
            insert.setString(2, document.kind().name());
            insert.setString(3, document.language());
            insert.setString(4, document.name());
            insert.setString(5, document.mediaType());
            insert.setObject(6, document.datedOn());
            insert.setString(7, document.addedBy());
            insert.setTimestamp(8, Timestamp.from(document.addedAt()));
            insert.setObject(9, document.supersedes());
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        MessageDigest sha256 = sha256();
        long size = 0;
        int seq = 0;
        byte[] buffer = firstChunk;
        int length = firstLength;
        try {
            while (length > 0) {
                size += length;
                if (size > maxSize) {
                    throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Document too large",
                            "A document may be at most " + maxSize + " bytes");
                }
                sha256.update(buffer, 0, length);
                byte[] data = length == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, length);
                jdbc.update("insert into request_document_chunk (document_id, seq, data) values (?, ?, ?)", id, seq++, data);
                buffer = new byte[CHUNK_SIZE];
                length = rest.readNBytes(buffer, 0, CHUNK_SIZE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String checksum = HexFormat.of().formatHex(sha256.digest());
        jdbc.update("update request_document set size_bytes = ?, sha256 = ? where id = ?", size, checksum, id);
        return new Written(id, size, checksum);
    }

    List<DocumentView> list(long requestId, boolean withWithdrawn) {
        return jdbc.query("select " + COLUMNS + " from request_document d where d.request_id = ?"
                + (withWithdrawn ? "" : " and d.withdrawn_at is null") + " order by d.added_at, d.id",
                (row, n) -> view(row), requestId);
    }

    java.util.Optional<DocumentView> find(long requestId, long documentId) {
        return jdbc.query("select " + COLUMNS + " from request_document d where d.request_id = ? and d.id = ?",
                (row, n) -> view(row), requestId, documentId).stream().findFirst();
    }

    /** Recomputes the checksum from the stored chunks, one at a time. */
    String checksumOf(long documentId) {
        MessageDigest sha256 = sha256();
        eachChunk(documentId, sha256::update);
        return HexFormat.of().formatHex(sha256.digest());
    }

    void copyTo(long documentId, OutputStream out) {
        eachChunk(documentId, data -> {
            try {
                out.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void eachChunk(long documentId, java.util.function.Consumer<byte[]> consumer) {
        int chunks = jdbc.queryForObject("select count(*) from request_document_chunk where document_id = ?",
                Integer.class, documentId);
        for (int seq = 0; seq < chunks; seq++) {
            consumer.accept(jdbc.queryForObject(
                    "select data from request_document_chunk where document_id = ? and seq = ?", byte[].class,
                    documentId, seq));
        }
    }

    void withdraw(long documentId, String by, Instant at, String reason) {
        jdbc.update("update request_document set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where id = ?",
                Timestamp.from(at), by, reason, documentId);
    }

    /** Ties documents to the message they came with; only the request's own, not yet tied ones. */
    int linkToMessage(long requestId, List<Long> documentIds, long messageId) {
        int linked = 0;
        for (Long documentId : documentIds) {
            linked += jdbc.update("update request_document set message_id = ? where id = ? and request_id = ? "
                    + "and message_id is null and withdrawn_at is null", messageId, documentId, requestId);
        }
        return linked;
    }

    /** The kinds and languages attached and not withdrawn or superseded. */
    List<Map<String, Object>> current(long requestId) {
        return jdbc.queryForList("""
                select d.kind, d.language from request_document d where d.request_id = ? and d.withdrawn_at is null
                and not exists (select 1 from request_document n where n.supersedes_id = d.id)""", requestId);
    }

    private static DocumentView view(java.sql.ResultSet row) throws java.sql.SQLException {
        var withdrawn = row.getTimestamp("withdrawn_at");
        return new DocumentView(row.getLong("id"), DocumentKind.valueOf(row.getString("kind")), row.getString("name"),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("language"), row.getObject("dated_on", java.time.LocalDate.class),
                row.getString("added_by"), row.getTimestamp("added_at").toInstant(),
                (Long) row.getObject("supersedes_id", Long.class), (Long) row.getObject("superseded_by", Long.class),
                (Long) row.getObject("message_id", Long.class), withdrawn == null ? null : withdrawn.toInstant(),
                row.getString("withdrawn_by"), row.getString("withdrawal_reason"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
