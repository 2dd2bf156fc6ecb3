package dev.guanxi.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the due mails of the outbox. Without a mail server configured ({@code spring.mail.host})
 * there is no {@link JavaMailSender} and mails simply wait. A failed attempt is retried after
 * {@code retry-base × 2^(attempts − 1)}; after {@code max-attempts} the mail is marked failed for an
 * administrator to look at.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final int maxAttempts;
    private final Duration retryBase;

    MailDelivery(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, @Value("${guanxi.mail.from}") String from,
                 @Value("${guanxi.mail.max-attempts:6}") int maxAttempts,
                 @Value("${guanxi.mail.retry-base:PT1M}") Duration retryBase) {
        this.outbox = outbox;
        this.senders = senders;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
    }

    /** One round: sends what is due, settles each mail; returns how many were sent. */
    @Transactional
    public int deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (MailOutbox.OutgoingMail mail : outbox.claimDue(BATCH)) {
            try {
                sender.send(message(sender, mail));
                outbox.sent(mail.id());
                sent++;
            } catch (Exception e) {
                int attempts = mail.attempts() + 1;
                Instant retryAt = attempts >= maxAttempts ? null
                        : Instant.now().plus(retryBase.multipliedBy(1L << Math.min(attempts - 1, 20)));
                log.warn("mail {} not sent (attempt {}): {}", mail.id(), attempts, e.getMessage());
                outbox.attemptFailed(mail.id(), describe(e), retryAt);
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, MailOutbox.OutgoingMail mail) throws Exception {
        var attachments = outbox.attachments(mail.id());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.htmlBody(), true);
        for (MailOutbox.Attachment attachment : attachments) {
            helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return message;
    }

    /** The error as an administrator can act on it: the innermost cause names the real problem (refused, unknown host). */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}
