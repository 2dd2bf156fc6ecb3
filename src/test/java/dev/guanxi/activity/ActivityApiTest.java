package dev.guanxi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Activities through the API: links under visibility, participants, bad input, completion, rescheduling, recurrence. */
@IntegrationTest
class ActivityApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Company company;
    UUID account;
    UUID contact;

    @BeforeEach
    void company() throws Exception {
        company = fixtures.company();
        account = api.account(company.eastRep(), "Activity Co " + System.nanoTime(), null);
        contact = api.contact(company.eastRep(), "{\"name\": \"韩梅梅\", \"accountId\": \"" + account + "\"}");
    }

    @Test
    void aMeetingWithAContactBelongsToItsAccountAndIsSeenByItsParticipants() throws Exception {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String body = api.post(company.eastRep(), "/api/v1/activities", """
                        {"type": "meeting", "subject": "方案交流会", "contactId": "%s", "plannedStart": "%s", "plannedEnd": "%s",
                         "location": "客户会议室", "reminderMinutes": 30, "participantUserIds": ["%s"], "participantContactIds": ["%s"]}
                        """.formatted(contact, start, start.plus(90, ChronoUnit.MINUTES), company.westRep().id(), contact))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accountId").value(account.toString()))
                .andExpect(jsonPath("$.status").value("planned"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.participants.length()").value(2))
                .andExpect(jsonPath("$.ownerId").value(company.eastRep().id().toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        api.get(company.westRep(), "/api/v1/activities/" + id).andExpect(status().isOk());
        api.patch(company.westRep(), "/api/v1/activities/" + id, "{\"subject\": \"mine\"}").andExpect(status().isForbidden());
        api.get(company.eastRep2(), "/api/v1/activities/" + id).andExpect(status().isNotFound());
        api.query(company.westRep(), "/api/v1/activities", "view", "pending")
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty());
        api.query(company.eastManager(), "/api/v1/activities", "departmentId", "mine", "view", "pending")
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty());
        api.page(company.eastRep(), get("/accounts/" + account)).andExpect(content().string(containsString("方案交流会")));
        api.page(company.eastRep(), get("/contacts/" + contact + "/timeline")).andExpect(content().string(containsString("方案交流会")));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        UUID westAccount = api.account(company.westRep(), "West only " + System.nanoTime(), null);
        String subject = "Refused " + System.nanoTime();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"call_outbound\", \"subject\": \"" + subject
                        + "\", \"accountId\": \"" + westAccount + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"" + subject
                        + "\", \"plannedStart\": \"" + start + "\", \"plannedEnd\": \"" + start.minusSeconds(60) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedEnd"));
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"" + subject
                        + "\", \"plannedStart\": \"" + Instant.now().plusSeconds(600) + "\", \"reminderMinutes\": 60}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reminderMinutes"));
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"" + subject
                        + "\", \"plannedStart\": \"" + start + "\", \"recurrence\": {\"frequency\": \"daily\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recurrence.until"));
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"" + subject
                        + "\", \"plannedStart\": \"" + start + "\", \"recurrence\": {\"frequency\": \"daily\", \"until\": \""
                        + LocalDate.now().plusYears(2) + "\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recurrence.until"));
        api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"dance\", \"subject\": \"" + subject + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
        assertThat(jdbc.sql("select count(*) from activities where subject = :s").param("s", subject).query(Long.class).single())
                .isZero();
    }

    @Test
    void completingRecordsTheResultPlansTheFollowUpAndWakesTheDeal() throws Exception {
        UUID deal = Api.idOf(api.post(company.eastRep(), "/api/v1/opportunities",
                "{\"name\": \"Activity deal\", \"accountId\": \"" + account + "\"}").andReturn().getResponse().getContentAsString());
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = Api.idOf(api.post(company.eastRep(), "/api/v1/activities", """
                        {"type": "call_outbound", "subject": "确认需求", "opportunityId": "%s", "plannedStart": "%s",
                         "plannedEnd": "%s", "cost": "35.50"}
                        """.formatted(deal, start, start.plus(30, ChronoUnit.MINUTES)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.accountId").value(account.toString()))
                .andReturn().getResponse().getContentAsString()).toString();
        api.query(company.eastRep(), "/api/v1/activities", "view", "overdue")
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty());

        api.post(company.eastRep(), "/api/v1/activities/" + id + "/complete", """
                        {"result": "客户确认要 200 吨", "evaluation": "positive",
                         "followUp": {"type": "presentation", "subject": "提交方案", "plannedStart": "%s"}}
                        """.formatted(Instant.now().plus(3, ChronoUnit.DAYS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("done"))
                .andExpect(jsonPath("$.actualStart").value(start.toString()))
                .andExpect(jsonPath("$.evaluation").value("positive"));
        assertThat(jdbc.sql("select last_activity_at from opportunities where id = :id").param("id", deal)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(start.plus(30, ChronoUnit.MINUTES));
        String followUps = api.query(company.eastRep(), "/api/v1/activities", "opportunityId", deal.toString(), "view", "pending")
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(followUps, "$.items[*].subject")).containsExactly("提交方案");
        assertThat(JsonPath.<List<String>>read(followUps, "$.items[*].followUpOf")).containsExactly(id);
        api.page(company.eastRep(), get("/opportunities/" + deal))
                .andExpect(content().string(containsString("客户确认要 200 吨")));
    }

    @Test
    void reschedulingKeepsTheLengthAndRefusesStaleOrClosedActivities() throws Exception {
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String id = Api.idOf(api.post(company.eastRep(), "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"Move me\","
                        + " \"plannedStart\": \"" + start + "\", \"plannedEnd\": \"" + start.plus(1, ChronoUnit.HOURS) + "\"}")
                .andReturn().getResponse().getContentAsString()).toString();
        Instant moved = start.plus(1, ChronoUnit.DAYS);
        api.perform(company.eastRep(), post("/api/v1/activities/" + id + "/reschedule").header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedStart\": \"" + moved + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedStart").value(moved.toString()))
                .andExpect(jsonPath("$.plannedEnd").value(moved.plus(1, ChronoUnit.HOURS).toString()));
        api.perform(company.eastRep(), post("/api/v1/activities/" + id + "/reschedule").header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plannedStart\": \"" + start + "\"}"))
                .andExpect(status().isPreconditionFailed());
        api.post(company.eastRep(), "/api/v1/activities/" + id + "/cancel", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("cancelled"));
        api.post(company.eastRep(), "/api/v1/activities/" + id + "/reschedule", "{\"plannedStart\": \"" + start + "\"}")
                .andExpect(status().isConflict());
        api.post(company.eastRep(), "/api/v1/activities/" + id + "/complete", "{}").andExpect(status().isConflict());
    }

    /*
     * A Berlin rep's weekly 10:00 meeting from 19 March 2026: Berlin moves to summer time on 29 March,
     * so the meeting stays at 10:00 in Berlin (09:00Z, then 08:00Z) and a Shanghai colleague sees it
     * at 17:00 and then at 16:00.
     */
    @Test
    void aWeeklyMeetingStaysAtItsLocalTimeAcrossADaylightSavingChange() throws Exception {
        jdbc.sql("update users set time_zone = 'Europe/Berlin' where id = :id").param("id", company.eastRep().id()).update();
        String subject = "Weekly " + System.nanoTime();
        api.post(company.eastRep(), "/api/v1/activities", """
                        {"type": "meeting", "subject": "%s", "plannedStart": "2026-03-19T10:00:00+01:00",
                         "plannedEnd": "2026-03-19T11:00:00+01:00", "participantUserIds": ["%s"],
                         "recurrence": {"frequency": "weekly", "occurrences": 4}}
                        """.formatted(subject, company.eastRep2().id()))
                .andExpect(status().isCreated());
        List<Instant> starts = jdbc.sql("select planned_start from activities where subject = :s order by planned_start")
                .param("s", subject).query(java.sql.Timestamp.class).list().stream().map(java.sql.Timestamp::toInstant).toList();
        assertThat(starts).containsExactly(Instant.parse("2026-03-19T09:00:00Z"), Instant.parse("2026-03-26T09:00:00Z"),
                Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-09T08:00:00Z"));
        assertThat(starts.stream().map(i -> i.atZone(java.time.ZoneId.of("Asia/Shanghai")).getHour()).toList())
                .containsExactly(17, 17, 16, 16);
        String seen = api.query(company.eastRep2(), "/api/v1/activities", "q", subject, "ownerId", "me")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(seen, "$.items[*].plannedEnd")).hasSize(4)
                .contains("2026-04-02T09:00:00Z");
    }
}
