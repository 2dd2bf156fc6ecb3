package dev.guanxi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.guanxi.identity.Role;
import dev.guanxi.notification.internal.MailDelivery;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
import dev.guanxi.support.WithSmtpServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox against a real SMTP server (GreenMail): a queued mail arrives with its recipient, subject
 * and attachment; while the server is down the mail stays pending with the error, and an
 * administrator's retry sends it once the server is back.
 */
@IntegrationTest
class MailDeliveryTest extends WithSmtpServer {

    @Autowired
    Mailer mailer;
    @Autowired
    MailDelivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aQueuedMailArrivesWithItsRecipientSubjectAndAttachment() throws Exception {
        startSmtp();
        String to = "buyer." + System.nanoTime() + "@example.com";
        // a workbook is binary: it must arrive byte for byte (text parts get their line ends rewritten by MIME)
        byte[] report = ("PK\u0003\u0004 华东,100\n\r\u0000\u00ff").getBytes(StandardCharsets.UTF_8);
        UUID id = mailer.queue(new MailDraft(to, "周报 Weekly report\r\nBcc: spy@example.com", "<p>请查收</p>",
                List.of(new MailDraft.MailAttachment("report.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report))));

        delivery.deliverDue();

        MimeMessage received = arrivedFor(to);
        assertThat(received.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(to);
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(received.getSubject()).isEqualTo("周报 Weekly report Bcc: spy@example.com");
        Part attachment = attachment((Multipart) received.getContent());
        assertThat(attachment.getFileName()).isEqualTo("report.xlsx");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(report);
        assertThat(GreenMailUtil.getBody(received)).contains("report.xlsx");
        assertThat(row(id)).containsEntry("status", "sent");
    }

    @Test
    void whileTheServerIsDownTheMailWaitsWithItsErrorAndARetrySendsIt() throws Exception {
        String to = "later." + System.nanoTime() + "@example.com";
        UUID id = mailer.queue(new MailDraft(to, "Sent later", "<p>hello</p>"));

        delivery.deliverDue();
        awaitAttempt(id);
        Map<String, Object> failed = row(id);
        assertThat(failed).containsEntry("status", "pending");
        assertThat((Integer) failed.get("attempts")).isGreaterThanOrEqualTo(1);
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat((Boolean) failed.get("later")).isTrue();

        startSmtp();
        var admin = fixtures.user("Ada Outbox", null, Role.ADMIN);
        api.page(admin, post("/admin/mail/" + id + "/retry").with(csrf())).andExpect(redirectedUrl("/admin/mail"));
        delivery.deliverDue();

        assertThat(arrivedFor(to).getSubject()).isEqualTo("Sent later");
        assertThat(row(id)).containsEntry("status", "sent");
    }

    @Test
    void afterTheLastAttemptAMailIsMarkedFailed() {
        String to = "never." + System.nanoTime() + "@example.com";
        UUID id = mailer.queue(new MailDraft(to, "Never", "<p>x</p>"));
        jdbc.sql("update mail_outbox set attempts = 5 where id = :id").param("id", id).update();
        delivery.deliverDue();
        awaitAttempt(id);
        assertThat(row(id)).containsEntry("status", "failed");
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private MimeMessage arrivedFor(String to) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            MimeMessage[] messages = smtp.getReceivedMessagesForDomain(to);
            if (messages.length > 0) {
                assertThat(messages).hasSize(1);
                return messages[0];
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail for " + to);
    }

    /** The background job may hold the row for a moment (skip locked): wait until an attempt is recorded. */
    private void awaitAttempt(UUID id) {
        for (int i = 0; i < 50 && (Integer) row(id).get("attempts") == 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delivery.deliverDue();
        }
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("select status, attempts, last_error, next_attempt_at > now() as later from mail_outbox where id = :id")
                .param("id", id).query().singleRow();
    }

    private static Part attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                Part found = attachment(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
