package dev.guanxi.notification;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification to raise. The text is a message key with arguments, rendered in the reader's
 * language when shown (or mailed), so a Chinese manager and an English rep read the same alarm each
 * in their own language.
 *
 * @param kind      what raised it, e.g. {@code sales.alarm}; lower case letters, digits, {@code . _ -}
 * @param linkPath  a path inside the application ({@code /opportunities/…}), or {@code null}
 * @param dedupeKey the same key for the same recipient is notified once; {@code null} never deduplicates
 * @param alsoEmail also queue an e-mail to the recipient
 */
public record NotificationDraft(UUID recipientId, String kind, String messageKey, List<String> args, String linkPath,
                                String dedupeKey, boolean alsoEmail) {

    public NotificationDraft {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(messageKey, "messageKey");
        if (kind == null || !kind.matches("[a-z0-9_.-]{1,60}")) {
            throw new IllegalArgumentException("bad notification kind: " + kind);
        }
        if (linkPath != null && !linkPath.matches("/[A-Za-z0-9][^\\s]*")) {
            // only paths of this application: never a foreign address or a script URL
            throw new IllegalArgumentException("not an application path: " + linkPath);
        }
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
    }
}
