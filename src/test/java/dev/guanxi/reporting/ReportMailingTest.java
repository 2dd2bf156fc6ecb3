package dev.guanxi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.guanxi.identity.Role;
import dev.guanxi.notification.internal.MailDelivery;
import dev.guanxi.reporting.internal.ReportMailing;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import dev.guanxi.support.WithSmtpServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled sales reports against a real SMTP server (GreenMail), with the clock fixed: on Monday
 * 2 November 2026 08:30 in Shanghai the weekly report of 26 October – 1 November is due. Figures: see
 * {@link ReportFixtures}.
 */
@IntegrationTest
class ReportMailingTest extends WithSmtpServer {

    /** Monday 2 November 2026, 08:30 in Shanghai. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T00:30:00Z");

    @Autowired
    ReportMailing mailing;
    @Autowired
    MailDelivery delivery;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Scheduler scheduler;

    GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void subscribersReceiveTheWeeklyReportOnceWithTheNumbersOfThePageAndTheApi() throws Exception {
        ReportFixtures team = new ReportFixtures(fixtures, api, jdbc, "Mail week").week();
        TestUser unsubscribed = fixtures.user("Mail week Quiet Manager", team.department, Role.SALES_MANAGER);
        api.perform(unsubscribed, put("/api/v1/reports/subscriptions").contentType("application/json")
                .content("{\"items\": [{\"frequency\": \"week\", \"enabled\": false}]}")).andExpect(status().isOk());
        TestUser vp = fixtures.user("Mail week VP", null, Role.SALES_VP);
        jdbc.sql("update users set language = 'zh-CN' where id = :id").param("id", vp.id()).update();
        startSmtp();

        mailing.sendDue(MONDAY_MORNING);
        delivery.deliverDue();

        MimeMessage mail = arrivedFor(team.manager.email(), "Weekly sales report 2026-10-26 – 2026-11-01");
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(team.manager.email());
        String html = html(mail);
        List<String> repA = cells(html, team.repA.id().toString());
        assertThat(repA).containsExactly("Mail week Rep A", "2", "CNY 15,000.00", "1", "1", "CNY 10,000.00", "1", "CNY 3,000.00",
                "3", "1", "CNY 40,000.00", "CNY 10,000.00", "25%", "6", "3", "50%");
        assertThat(cells(html, team.repB.id().toString())).containsExactly("Mail week Rep B", "0", "0", "0", "0", "0", "0", "0",
                "1", "0", "—", "0", "—", "—", "1", "—");
        assertThat(cells(html, "total").subList(1, 11)).containsExactly("2", "CNY 15,000.00", "1", "1", "CNY 10,000.00", "1",
                "CNY 3,000.00", "4", "1", "CNY 40,000.00");

        // the page shows the same cells, the API the same numbers
        String page = api.page(team.manager, get("/reports/sales-summary").param("period", "week").param("date", "2026-10-28"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cells(page, team.repA.id().toString())).isEqualTo(repA);
        assertThat(cells(page, "total")).isEqualTo(cells(html, "total"));
        assertThat(page).contains("id=\"gx-report-title\">Weekly sales report").doesNotContain("th:text");
        String a = "$.reps[?(@.ownerId == '" + team.repA.id() + "')]";
        api.query(team.manager, "/api/v1/reports/sales-summary", "period", "week", "date", "2026-11-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-10-26"))
                .andExpect(jsonPath("$.to").value("2026-11-01"))
                .andExpect(jsonPath("$.reps", hasSize(4)))
                .andExpect(jsonPath(a + ".newDeals").value(2))
                .andExpect(jsonPath(a + ".newAmount[0].amount").value(15000.0))
                .andExpect(jsonPath(a + ".stageMoves").value(1))
                .andExpect(jsonPath(a + ".won").value(1))
                .andExpect(jsonPath(a + ".wonAmount[0].amount").value(10000.0))
                .andExpect(jsonPath(a + ".lostAmount[0].amount").value(3000.0))
                .andExpect(jsonPath(a + ".activitiesDone").value(3))
                .andExpect(jsonPath(a + ".activitiesOverdue").value(1))
                .andExpect(jsonPath(a + ".revenuePercent").value(25))
                .andExpect(jsonPath(a + ".activitiesPercent").value(50))
                .andExpect(jsonPath("$.total.activitiesDone").value(4))
                .andExpect(jsonPath("$.total.newDeals").value(2));

        // the workbook holds the same numbers
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(attachment(mail)))) {
            Sheet sheet = book.getSheetAt(0);
            Row row = rowNamed(sheet, "Mail week Rep A");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(15000);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(10000);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(3000);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(25);
            assertThat(new DataFormatter(java.util.Locale.ENGLISH).formatCellValue(row.getCell(2))).isEqualTo("CNY 15,000.00");
            assertThat(rowNamed(sheet, "Total").getCell(8).getNumericCellValue()).isEqualTo(4);
        }

        // the VP reads it in Chinese, and sees the department's reps too
        MimeMessage vpMail = arrivedFor(vp.email(), "销售周报 2026-10-26 – 2026-11-01");
        assertThat(cells(html(vpMail), team.repA.id().toString())).containsExactly("Mail week Rep A", "2", "CNY 15,000.00", "1", "1",
                "CNY 10,000.00", "1", "CNY 3,000.00", "3", "1", "CNY 40,000.00", "CNY 10,000.00", "25%", "6", "3", "50%");
        assertThat(html(vpMail)).contains("合计");

        // no report for a rep (not subscribed by default) nor for the manager who turned it off
        assertThat(smtp.getReceivedMessagesForDomain(team.repA.email())).isEmpty();
        assertThat(smtp.getReceivedMessagesForDomain(unsubscribed.email())).isEmpty();

        // a second run in the same hour, or an hour later, sends nothing new
        mailing.sendDue(MONDAY_MORNING);
        mailing.sendDue(MONDAY_MORNING.plusSeconds(3600));
        delivery.deliverDue();
        Thread.sleep(300);
        assertThat(received(team.manager.email(), "2026-10-26")).hasSize(1);
        assertThat(received(vp.email(), "2026-10-26")).hasSize(1);
        assertThat(outbox(team.manager.email(), "2026-10-26")).hasSize(1);
    }

    @Test
    void withTheMailServerDownTheReportWaitsInTheOutboxVisibleToAdminsAndIsSentWhenItIsBack() throws Exception {
        ReportFixtures team = new ReportFixtures(fixtures, api, jdbc, "Mail down");
        // the daily report too, at 09:00: on Tuesday 3 November at 09:10 only the daily one (of Monday) is due
        api.perform(team.manager, put("/api/v1/reports/subscriptions").contentType("application/json")
                .content("{\"items\": [{\"frequency\": \"day\", \"enabled\": true, \"sendHour\": 9}]}")).andExpect(status().isOk());
        Instant tuesday = Instant.parse("2026-11-03T01:10:00Z");
        assertThat(mailing.sendDue(Instant.parse("2026-11-03T00:50:00Z"))).isGreaterThanOrEqualTo(0);
        assertThat(outbox(team.manager.email(), "2026-11-02")).isEmpty();

        mailing.sendDue(tuesday);
        delivery.deliverDue();
        List<UUID> queued = outbox(team.manager.email(), "2026-11-02");
        assertThat(queued).hasSize(1);
        UUID id = queued.get(0);
        awaitAttempt(id);
        assertThat(jdbc.sql("select status from mail_outbox where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("pending");
        TestUser admin = fixtures.user("Mail down Admin", null, Role.ADMIN);
        api.page(admin, get("/admin/mail")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(team.manager.email())));

        startSmtp();
        api.page(admin, post("/admin/mail/" + id + "/retry").with(csrf()));
        delivery.deliverDue();
        arrivedFor(team.manager.email(), "Daily sales report 2026-11-02");
        mailing.sendDue(tuesday.plusSeconds(600));
        assertThat(outbox(team.manager.email(), "2026-11-02")).hasSize(1);
    }

    /**
     * The mails to someone about one period. Filtering on the period keeps the test sound when the real
     * hourly job fires meanwhile (it reports on today's periods, never on these of 2026).
     */
    @Test
    void theHourlyJobRunsThroughTheClusteredScheduler() throws Exception {
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey("sales-reports", "reporting"));
        assertThat(trigger).isInstanceOf(CronTrigger.class);
        assertThat(((CronTrigger) trigger).getCronExpression()).isEqualTo("0 0 * * * ?");
        // a daily subscriber at 00:00 is due every hour of the day: the job queues yesterday's report
        TestUser early = fixtures.user("Job Early Manager", fixtures.department("Job early", null), Role.SALES_MANAGER);
        api.perform(early, put("/api/v1/reports/subscriptions").contentType("application/json")
                .content("{\"items\": [{\"frequency\": \"day\", \"enabled\": true, \"sendHour\": 0}]}")).andExpect(status().isOk());
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        scheduler.triggerJob(JobKey.jobKey("sales-reports", "reporting"));
        for (int i = 0; i < 100 && outbox(early.email(), yesterday).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(outbox(early.email(), yesterday)).hasSize(1);
    }

    private List<UUID> outbox(String to, String period) {
        return jdbc.sql("select id from mail_outbox where recipient = :to and subject like :period")
                .param("to", to).param("period", "%" + period + "%").query(UUID.class).list();
    }

    private List<MimeMessage> received(String to, String period) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessagesForDomain(to)) {
            if (m.getSubject().contains(period)) {
                found.add(m);
            }
        }
        return found;
    }

    private void awaitAttempt(UUID id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer attempts = jdbc.sql("select attempts from mail_outbox where id = :id").param("id", id).query(Integer.class).single();
            if (attempts > 0) {
                return;
            }
            Thread.sleep(100);
            delivery.deliverDue();
        }
        throw new AssertionError("no attempt for " + id);
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** The texts of the cells of the table row of one owner (or "total"). */
    static List<String> cells(String html, String owner) {
        Matcher row = Pattern.compile("<tr[^>]*data-gx-owner=\"" + Pattern.quote(owner) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("row of %s", owner).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).strip());
        }
        return cells;
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private MimeMessage arrivedFor(String to, String subject) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> messages = received(to, subject);
            if (!messages.isEmpty()) {
                assertThat(messages).hasSize(1);
                assertThat(messages.get(0).getSubject()).isEqualTo(subject);
                return messages.get(0);
            }
            Thread.sleep(100);
            delivery.deliverDue();
        }
        throw new AssertionError("no mail " + subject + " for " + to);
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = html(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static byte[] attachment(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            assertThat(part.getFileName()).isEqualTo("sales-report-week-2026-10-26.xlsx");
            return part.getInputStream().readAllBytes();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = attachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
