package dev.guanxi.notification;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to send. Line breaks in the recipient and the subject are folded into spaces, so text
 * that came from users (a deal's name in a subject) can never add a mail header.
 *
 * @param htmlBody HTML the caller built with escaped user text (Thymeleaf {@code th:text})
 */
public record MailDraft(String to, String subject, String htmlBody, List<MailAttachment> attachments) {

    public MailDraft {
        to = singleLine(Objects.requireNonNull(to, "to")).trim();
        subject = singleLine(Objects.requireNonNull(subject, "subject")).trim();
        if (subject.length() > 300) {
            subject = subject.substring(0, 299) + "…";
        }
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
        if (!to.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not a mail address: " + to);
        }
        Objects.requireNonNull(htmlBody, "htmlBody");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MailDraft(String to, String subject, String htmlBody) {
        this(to, subject, htmlBody, List.of());
    }

    private static String singleLine(String text) {
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    /** A file sent with the mail, e.g. a scheduled report as xlsx. */
    public record MailAttachment(String name, String contentType, byte[] content) {
        public MailAttachment {
            Objects.requireNonNull(content, "content");
            name = name == null || name.isBlank() ? "attachment" : singleLine(name).replaceAll("[/\\\\]", "_");
            contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : singleLine(contentType);
        }
    }
}
