package dev.guanxi.notification;

import java.util.UUID;

/** Queues an e-mail in the caller's transaction; a background job sends it (with retries) after the commit. */
public interface Mailer {

    UUID queue(MailDraft draft);
}
