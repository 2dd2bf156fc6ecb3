package dev.guanxi.imports.internal.org;

import dev.guanxi.notification.MailDraft;
import dev.guanxi.notification.Mailer;
import dev.guanxi.identity.OrgChartImport;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail that invites an imported user to choose a password, in the user's language, queued in the
 * chunk's transaction (so it goes only for users who were really created). {@code identity} cannot
 * send mail (notification depends on it), so the import queues it with the token identity returned.
 */
@Component
class InvitationMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    InvitationMails(Mailer mailer, MessageSource messages, @Value("${guanxi.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void queue(String email, String name, String language, String token, String inviterName) {
        Locale locale = Locale.forLanguageTag(language);
        String link = baseUrl + "/invitation/" + token + "?lang=" + language;
        String html = "<p>" + text("import.invitation.mail.greeting", locale, HtmlUtils.htmlEscape(name)) + "</p>"
                + "<p>" + text("import.invitation.mail.text", locale, HtmlUtils.htmlEscape(inviterName)) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + text("import.invitation.mail.button", locale)
                + "</a></p>"
                + "<p>" + text("import.invitation.mail.expiry", locale, OrgChartImport.INVITATION_DAYS) + "<br>"
                + HtmlUtils.htmlEscape(link) + "</p>";
        mailer.queue(new MailDraft(email, text("import.invitation.mail.subject", locale), html));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
