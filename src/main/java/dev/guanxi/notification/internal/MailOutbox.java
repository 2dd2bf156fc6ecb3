package dev.guanxi.notification.internal;

import dev.guanxi.notification.MailDraft;
import dev.guanxi.notification.Mailer;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.problem.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox table: a mail is queued in the caller's transaction (so it exists only if that
 * work committed), then claimed and settled by {@link MailDelivery}.
 */
@Component
public class MailOutbox implements Mailer {

    public static final List<SortField> SORTS = List.of(
            new SortField("createdAt", "m.created_at", SortField.ValueType.TIMESTAMP));
    public static final Sort NEWEST_FIRST = new Sort(SORTS.get(0), true);

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OutgoingMail(UUID id, String recipient, String subject, String htmlBody, int attempts) {
    }

    record Attachment(String name, String contentType, byte[] content) {
    }

    /** A mail not yet sent, for the administration page. */
    public record UnsentMail(UUID id, String recipient, String subject, String status, int attempts,
                             Instant nextAttemptAt, String lastError, Instant createdAt) {
    }

    @Override
    @Transactional
    public UUID queue(MailDraft draft) {
        UUID id = UuidV7.next();
        jdbc.sql("insert into mail_outbox (id, recipient, subject, html_body) values (:id, :to, :subject, :body)")
                .param("id", id).param("to", draft.to()).param("subject", draft.subject())
                .param("body", draft.htmlBody()).update();
        int position = 0;
        for (MailDraft.MailAttachment attachment : draft.attachments()) {
            jdbc.sql("""
                            insert into mail_attachments (id, mail_id, name, content_type, content, position)
                            values (:id, :mail, :name, :type, :content, :position)
                            """)
                    .param("id", UuidV7.next()).param("mail", id).param("name", attachment.name())
                    .param("type", attachment.contentType()).param("content", attachment.content())
                    .param("position", position++).update();
        }
        return id;
    }

    /**
     * Pending mails whose time has come, locked for this transaction; {@code skip locked} lets a
     * second sender (another node, a test calling in) pass over them instead of sending them twice.
     */
    List<OutgoingMail> claimDue(int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, html_body, attempts from mail_outbox
                        where status = 'pending' and next_attempt_at <= now()
                        order by next_attempt_at, id limit :limit for update skip locked
                        """)
                .param("limit", limit)
                .query((rs, n) -> new OutgoingMail(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    List<Attachment> attachments(UUID mailId) {
        return jdbc.sql("select name, content_type, content from mail_attachments where mail_id = :id order by position")
                .param("id", mailId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    void sent(UUID id) {
        jdbc.sql("""
                        update mail_outbox set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null
                        where id = :id
                        """)
                .param("id", id).update();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up ({@code failed}) when that is null. */
    void attemptFailed(UUID id, String error, Instant retryAt) {
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_error = :error,
                            status = case when cast(:retryAt as timestamptz) is null then 'failed' else 'pending' end,
                            next_attempt_at = coalesce(cast(:retryAt as timestamptz), next_attempt_at)
                        where id = :id
                        """)
                .param("id", id).param("error", error)
                .param("retryAt", retryAt == null ? null : Timestamp.from(retryAt)).update();
    }

    /** An administrator's "retry": a fresh round of attempts, starting now. */
    @Transactional
    public void retry(UUID id) {
        int changed = jdbc.sql("""
                        update mail_outbox set status = 'pending', attempts = 0, next_attempt_at = now()
                        where id = :id and status <> 'sent'
                        """)
                .param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException();
        }
    }

    @Transactional(readOnly = true)
    public Slice<UnsentMail> unsent(PageRequest page) {
        var after = Keyset.after(page, "m");
        String sql = "select m.id, m.recipient, m.subject, m.status, m.attempts, m.next_attempt_at, m.last_error,"
                + " m.created_at from mail_outbox m where m.status <> 'sent' and " + after.sql()
                + " order by " + page.sort().orderBy("m") + " limit " + (page.limit() + 1);
        List<UnsentMail> rows = after.bind(jdbc.sql(sql)).query((rs, n) -> new UnsentMail(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant())).list();
        return Keyset.slice(rows, page, UnsentMail::createdAt, UnsentMail::id);
    }
}
