package dev.guanxi.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A notification of the signed-in user as stored: the text is rendered when shown, in the reader's language. */
public record NotificationRow(UUID id, String kind, String messageKey, List<String> args, String linkPath,
                              Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
