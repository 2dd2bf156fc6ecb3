package dev.guanxi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.activity.internal.ActivityReminders;
import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders, overdue alerts and the morning list with the clock under the test's control. */
@IntegrationTest
class ActivityRemindersTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    ActivityReminders reminders;
    @Autowired
    JdbcClient jdbc;

    TestUser rep;
    TestUser colleague;

    @BeforeEach
    void people() {
        UUID department = fixtures.department("Reminded", null);
        rep = fixtures.user("Remi Rep", department, Role.SALES_REP);
        colleague = fixtures.user("Carl Colleague", department, Role.SALES_REP);
    }

    @Test
    void aReminderGoesToOwnerAndParticipantsOnceAndAgainAfterRescheduling() throws Exception {
        Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        String subject = "Quarterly review " + System.nanoTime();
        UUID id = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "meeting", "subject": "%s", "plannedStart": "%s", "plannedEnd": "%s", "reminderMinutes": 30,
                         "participantUserIds": ["%s"]}
                        """.formatted(subject, start, start.plus(1, ChronoUnit.HOURS), colleague.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        reminders.remind(start.minus(31, ChronoUnit.MINUTES));
        assertThat(reminded(id)).isEmpty();

        reminders.remind(start.minus(29, ChronoUnit.MINUTES));
        reminders.remind(start.minus(28, ChronoUnit.MINUTES));
        assertThat(reminded(id)).containsExactlyInAnyOrder(rep.id(), colleague.id());
        assertThat(jdbc.sql("select message_args ->> 1 from notifications where kind = 'activity.reminder' and recipient_id = :r"
                + " and link_path = :link").param("r", rep.id()).param("link", "/activities/" + id).query(String.class).single())
                .isEqualTo("29");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like :s")
                .param("to", rep.email()).param("s", "%" + subject + "%").query(Long.class).single()).isEqualTo(1);

        Instant tomorrow = start.plus(1, ChronoUnit.DAYS);
        api.post(rep, "/api/v1/activities/" + id + "/reschedule", "{\"plannedStart\": \"" + tomorrow + "\"}")
                .andExpect(status().isOk());
        reminders.remind(tomorrow.minus(10, ChronoUnit.MINUTES));
        assertThat(reminded(id)).hasSize(4);
    }

    @Test
    void aCancelledOrLongPastActivityIsNotReminded() throws Exception {
        Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        UUID cancelled = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "call_outbound", "subject": "Call off", "plannedStart": "%s", "reminderMinutes": 15}
                        """.formatted(start)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        api.post(rep, "/api/v1/activities/" + cancelled + "/cancel", "{}").andExpect(status().isOk());
        UUID missed = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "call_outbound", "subject": "Missed", "plannedStart": "%s", "reminderMinutes": 15}
                        """.formatted(start.plus(1, ChronoUnit.MINUTES))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());

        UUID forgotten = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "call_outbound", "subject": "Forgotten", "plannedStart": "%s", "reminderMinutes": 0}
                        """.formatted(start.plus(2, ChronoUnit.MINUTES))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());

        reminders.remind(start.minus(5, ChronoUnit.MINUTES));
        // all nodes were down for hours: a reminder for a meeting long over is no use to anyone
        reminders.remind(start.plus(3, ChronoUnit.HOURS));
        assertThat(reminded(cancelled)).isEmpty();
        assertThat(reminded(missed)).containsExactly(rep.id());
        assertThat(reminded(forgotten)).isEmpty();
    }

    @Test
    void anOverdueActivityIsAlertedOnceToItsOwner() throws Exception {
        Instant due = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        UUID late = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "todo", "subject": "Send the offer", "plannedStart": "%s", "plannedEnd": "%s",
                         "participantUserIds": ["%s"]}
                        """.formatted(due.minus(30, ChronoUnit.MINUTES), due, colleague.id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UUID done = Api.idOf(api.post(rep, "/api/v1/activities", """
                        {"type": "todo", "subject": "Done in time", "plannedStart": "%s"}
                        """.formatted(due)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        api.post(rep, "/api/v1/activities/" + done + "/complete", "{\"result\": \"ok\"}").andExpect(status().isOk());

        reminders.alertOverdue(Instant.now());
        reminders.alertOverdue(Instant.now());
        assertThat(alerted("activity.overdue", late)).containsExactly(rep.id());
        assertThat(alerted("activity.overdue", done)).isEmpty();
    }

    @Test
    void theListOfTheDayArrivesAtEightOnTheUsersOwnClock() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        jdbc.sql("update users set time_zone = 'Europe/Berlin' where id = :id").param("id", rep.id()).update();
        // the Sunday summer time begins in Berlin: 8 o'clock there is 06:00 UTC
        Instant meeting = LocalDateTime.parse("2030-03-31T15:00").atZone(berlin).toInstant();
        api.post(rep, "/api/v1/activities", """
                        {"type": "meeting", "subject": "Sunday fair", "plannedStart": "%s", "plannedEnd": "%s"}
                        """.formatted(meeting, meeting.plus(Duration.ofHours(2)))).andExpect(status().isCreated());

        Instant sevenThere = LocalDateTime.parse("2030-03-31T07:10").atZone(berlin).toInstant();
        Instant eightThere = LocalDateTime.parse("2030-03-31T08:10").atZone(berlin).toInstant();
        assertThat(eightThere).isEqualTo(Instant.parse("2030-03-31T06:10:00Z"));
        reminders.sendTodayLists(sevenThere);
        assertThat(dayLists()).isEmpty();
        reminders.sendTodayLists(eightThere);
        reminders.sendTodayLists(eightThere.plus(Duration.ofMinutes(30)));
        assertThat(dayLists()).containsExactly("[\"1\", \"0\"]");
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", rep.email())
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<UUID> reminded(UUID activity) {
        return alerted("activity.reminder", activity);
    }

    private List<UUID> alerted(String kind, UUID activity) {
        return jdbc.sql("select recipient_id from notifications where kind = :kind and link_path = :link")
                .param("kind", kind).param("link", "/activities/" + activity).query(UUID.class).list();
    }

    private List<String> dayLists() {
        return jdbc.sql("select message_args::text from notifications where kind = 'activity.today' and recipient_id = :r")
                .param("r", rep.id()).query(String.class).list();
    }
}
