package dev.guanxi.notification;

/** Raises in-app notifications (and optionally their e-mail) in the caller's transaction. */
public interface Notifications {

    /**
     * Stores the notification unless the recipient already has one with the same dedupe key.
     *
     * @return whether it was new (and its mail, if asked for, queued)
     */
    boolean notify(NotificationDraft draft);
}
