package dev.guanxi.notification.internal;

import dev.guanxi.notification.NotificationDraft;
import dev.guanxi.notification.Notifications;
import dev.guanxi.shared.jpa.UuidV7;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Writes notifications; a second one with the same dedupe key for the same recipient is dropped by the unique index. */
@Service
class NotificationStore implements Notifications {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final NotificationMails mails;

    NotificationStore(JdbcClient jdbc, ObjectMapper json, NotificationMails mails) {
        this.jdbc = jdbc;
        this.json = json;
        this.mails = mails;
    }

    @Override
    @Transactional
    public boolean notify(NotificationDraft draft) {
        UUID id = UuidV7.next();
        int inserted = jdbc.sql("""
                        insert into notifications (id, recipient_id, kind, message_key, message_args, link_path, dedupe_key)
                        values (:id, :recipient, :kind, :key, cast(:args as jsonb), :link, :dedupe)
                        on conflict (recipient_id, dedupe_key) where dedupe_key is not null do nothing
                        """)
                .param("id", id).param("recipient", draft.recipientId()).param("kind", draft.kind())
                .param("key", draft.messageKey()).param("args", json.writeValueAsString(draft.args()))
                .param("link", draft.linkPath()).param("dedupe", draft.dedupeKey())
                .update();
        if (inserted == 0) {
            return false;
        }
        if (draft.alsoEmail()) {
            mails.queueFor(draft);
        }
        return true;
    }
}
