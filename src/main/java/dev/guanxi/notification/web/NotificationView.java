package dev.guanxi.notification.web;

import dev.guanxi.notification.internal.NotificationRow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/** A notification as the API and the page show it: the message rendered in the reader's language. */
record NotificationView(UUID id, String kind, String message, String messageKey, List<String> args, String link,
                        Instant createdAt, Instant readAt, boolean read) {

    static NotificationView of(NotificationRow row, MessageSource messages, Locale locale) {
        String text = messages.getMessage(row.messageKey(), row.args().toArray(), row.messageKey(), locale);
        return new NotificationView(row.id(), row.kind(), text, row.messageKey(), row.args(), row.linkPath(),
                row.createdAt(), row.readAt(), row.read());
    }
}
