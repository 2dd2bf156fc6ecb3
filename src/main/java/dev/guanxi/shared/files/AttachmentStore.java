package dev.guanxi.shared.files;

import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.security.CurrentActor;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and serves files attached to records. It knows nothing of permissions: the module that
 * owns the record checks that the user may see (to list and download) or change (to add and
 * remove) the record first, and always passes the record's kind and id, so a file of another
 * record cannot be fetched through this one.
 */
@Component
public class AttachmentStore {

    /** The largest file accepted; the servlet's multipart limit is set just above it. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Content(Attachment attachment, byte[] bytes) {
    }

    @Transactional
    public Attachment store(String recordKind, UUID recordId, String fileName, String contentType, InputStream input)
            throws IOException {
        MessageDigest sha256 = sha256();
        // Never more than the limit in memory, whatever the request's own limit lets through (imports take larger files).
        byte[] bytes = new DigestInputStream(input, sha256).readNBytes((int) MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw ValidationException.of("file", "validation.file-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("file", "validation.file-too-large", MAX_BYTES / 1024 / 1024);
        }
        UUID id = UuidV7.next();
        String name = FileNames.safe(fileName);
        String type = contentType == null || contentType.isBlank() || contentType.length() > 120
                ? "application/octet-stream" : contentType.strip();
        String digest = HexFormat.of().formatHex(sha256.digest());
        jdbc.sql("""
                        insert into attachments (id, record_kind, record_id, file_name, content_type, size_bytes, sha256, content, created_by)
                        values (:id, :kind, :record, :name, :type, :size, :sha, :content, :by)
                        """)
                .param("id", id).param("kind", recordKind).param("record", recordId).param("name", name)
                .param("type", type).param("size", bytes.length).param("sha", digest).param("content", bytes)
                .param("by", CurrentActor.idOrNull()).update();
        return find(recordKind, recordId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(String recordKind, UUID recordId) {
        return jdbc.sql(SELECT + " where record_kind = :kind and record_id = :record and deleted_at is null order by created_at, id")
                .param("kind", recordKind).param("record", recordId).query(AttachmentStore::attachment).list();
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> find(String recordKind, UUID recordId, UUID id) {
        return jdbc.sql(SELECT + " where id = :id and record_kind = :kind and record_id = :record and deleted_at is null")
                .param("id", id).param("kind", recordKind).param("record", recordId).query(AttachmentStore::attachment).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Content> content(String recordKind, UUID recordId, UUID id) {
        return find(recordKind, recordId, id).map(attachment -> new Content(attachment,
                jdbc.sql("select content from attachments where id = :id").param("id", id).query(byte[].class).single()));
    }

    /** Moves the file out of sight (kept for the recycle-bin period like the records themselves). */
    @Transactional
    public boolean remove(String recordKind, UUID recordId, UUID id) {
        return jdbc.sql("""
                        update attachments set deleted_at = now(), deleted_by = :by
                        where id = :id and record_kind = :kind and record_id = :record and deleted_at is null
                        """)
                .param("by", CurrentActor.idOrNull()).param("id", id).param("kind", recordKind).param("record", recordId)
                .update() == 1;
    }

    private static final String SELECT = """
            select id, record_kind, record_id, file_name, content_type, size_bytes, sha256, created_at, created_by
            from attachments""";

    private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getObject(9, UUID.class));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
