package dev.guanxi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The activity pages: plan one in the user's local time, see it in the lists and on the account, record the result. */
@IntegrationTest
class ActivityPagesTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Company company;
    UUID account;

    @BeforeEach
    void company() throws Exception {
        company = fixtures.company();
        account = api.account(company.eastRep(), "Pages Activity Co " + System.nanoTime(), null);
    }

    @Test
    void aMeetingPlannedInTheFormIsStoredInTheUsersTimeZoneAndDoneWithItsResult() throws Exception {
        LocalDate day = LocalDate.now().plusDays(3);
        String subject = "拜访采购部 " + System.nanoTime();
        String location = api.page(company.eastRep(), post("/activities/new").with(csrf())
                        .param("type", "meeting").param("subject", subject).param("priority", "high")
                        .param("accountId", account.toString()).param("plannedStart", day + "T14:30").param("plannedEnd", day + "T15:30")
                        .param("reminderMinutes", "30").param("status", "planned").param("currency", "CNY")
                        .param("recurrence.frequency", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/activities/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Instant stored = jdbc.sql("select planned_start from activities where subject = :s").param("s", subject)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(stored).isEqualTo(day.atTime(14, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

        api.page(company.eastRep(), get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString(day + " 14:30")));
        api.page(company.eastRep(), get("/activities")).andExpect(status().isOk()).andExpect(content().string(containsString(subject)));
        api.page(company.eastRep(), get("/accounts/" + account)).andExpect(content().string(containsString(subject)));
        api.page(company.eastRep(), get(location + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + day + "T14:30\"")));

        api.page(company.eastRep(), post(location + "/complete").with(csrf()).param("version", "0")
                        .param("result", "谈妥了试用").param("evaluation", "positive")
                        .param("followUpType", "call_outbound").param("followUpSubject", "试用回访 " + subject)
                        .param("followUpStart", day.plusDays(7) + "T10:00"))
                .andExpect(status().is3xxRedirection());
        api.page(company.eastRep(), get("/activities").param("view", "done"))
                .andExpect(content().string(containsString(subject)));
        api.page(company.eastRep(), get("/activities").param("view", "pending"))
                .andExpect(content().string(containsString("试用回访 " + subject)));
    }

    @Test
    void aFormWithAnEndBeforeTheStartShowsTheErrorAndKeepsWhatWasTyped() throws Exception {
        LocalDate day = LocalDate.now().plusDays(1);
        api.page(company.eastRep(), post("/activities/new").with(csrf())
                        .param("type", "call_outbound").param("subject", "倒着的电话").param("status", "planned").param("currency", "CNY")
                        .param("plannedStart", day + "T10:00").param("plannedEnd", day + "T09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end cannot be before the start.")))
                .andExpect(content().string(containsString("倒着的电话")));
        api.page(company.eastRep(), get("/activities/new").param("accountId", account.toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pages Activity Co")));
        for (String view : new String[] {"pending", "overdue", "done", "all"}) {
            api.page(company.eastManager(), get("/activities").param("view", view).param("departmentId", "mine").param("ownerId", ""))
                    .andExpect(status().isOk());
        }
        api.page(company.eastRep(), get("/activities").param("view", "nonsense")).andExpect(status().isBadRequest());
    }
}
