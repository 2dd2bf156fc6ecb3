package dev.guanxi.notification.internal;

import dev.guanxi.notification.MailDraft;
import dev.guanxi.notification.Mailer;
import dev.guanxi.notification.NotificationDraft;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The e-mail of a notification, written in the recipient's language at the time it is raised (a
 * mail cannot be re-rendered later). Disabled users get no mail.
 */
@Component
class NotificationMails {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String baseUrl;

    NotificationMails(JdbcClient jdbc, Mailer mailer, MessageSource messages, ITemplateEngine templates,
                      @Value("${guanxi.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void queueFor(NotificationDraft draft) {
        recipient(draft.recipientId()).ifPresent(recipient -> {
            Locale locale = recipient.locale();
            String text = messages.getMessage(draft.messageKey(), draft.args().toArray(), draft.messageKey(), locale);
            Context context = new Context(locale);
            context.setVariable("message", text);
            context.setVariable("link", draft.linkPath() == null ? null : baseUrl + draft.linkPath());
            context.setVariable("name", recipient.name());
            String subject = messages.getMessage("notification.mail.subject", new Object[] {text}, locale);
            mailer.queue(new MailDraft(recipient.email(), subject, templates.process("notification/mail", context)));
        });
    }

    private Optional<Recipient> recipient(UUID userId) {
        // the user's language lives with the account; identity's summaries do not carry it
        return jdbc.sql("select name, email, language from users where id = :id and active")
                .param("id", userId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    private record Recipient(String name, String email, String language) {
        Locale locale() {
            return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }
}
