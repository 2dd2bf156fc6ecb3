package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.sales.internal.AlarmNotifier;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Abnormal opportunities (异常机会): each reason, who sees which deal, the daily round's
 * notifications (once per deal and reason, again when the condition comes back) and the homes.
 */
@IntegrationTest
class OpportunityAlarmsTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlarmNotifier notifier;
    @Autowired
    Scheduler scheduler;

    Company company;
    UUID account;
    String tag;

    @BeforeEach
    void company() throws Exception {
        company = fixtures.company();
        tag = " " + System.nanoTime();
        account = api.account(company.eastRep(), "Alarm Account" + tag, null);
    }

    @Test
    void eachReasonIsFoundAndEachRoleSeesItsScope() throws Exception {
        UUID overdue = deal(company.eastRep(), "Overdue");
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '30 days' where id = :id").param("id", overdue).update();
        UUID idle = deal(company.eastRep(), "Idle");
        jdbc.sql("update opportunities set created_at = now() - interval '20 days' where id = :id").param("id", idle).update();
        UUID late = deal(company.eastRep(), "Late");
        jdbc.sql("update opportunities set expected_close_date = :d where id = :id")
                .param("d", LocalDate.now().minusDays(1)).param("id", late).update();
        UUID committee = deal(company.eastRep(), "Committee");
        api.post(company.eastRep(), "/api/v1/opportunities/" + committee + "/stage", "{\"stage\":\"decision_maker\"}")
                .andExpect(status().isOk());
        UUID healthy = deal(company.eastRep(), "Healthy");
        UUID active = deal(company.eastRep(), "Active");
        jdbc.sql("update opportunities set created_at = now() - interval '40 days', last_activity_at = now() - interval '2 days' where id = :id")
                .param("id", active).update();
        UUID westAccount = api.account(company.westRep(), "West Alarm Account" + tag, null);
        UUID west = Api.idOf(api.post(company.westRep(), "/api/v1/opportunities", "{\"name\":\"West" + tag
                + "\",\"accountId\":\"" + westAccount + "\"}").andReturn().getResponse().getContentAsString());
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '30 days' where id = :id").param("id", west).update();

        Map<String, List<String>> rep = alarms(company.eastRep());
        assertThat(rep).containsOnlyKeys(overdue.toString(), idle.toString(), late.toString(), committee.toString());
        assertThat(rep.get(overdue.toString())).containsExactly("stage-overdue");
        assertThat(rep.get(idle.toString())).containsExactly("idle");
        assertThat(rep.get(late.toString())).containsExactly("close-date-passed");
        assertThat(rep.get(committee.toString())).containsExactlyInAnyOrder("no-economic-buyer", "no-coach");
        assertThat(alarms(company.eastManager())).containsKeys(overdue.toString(), committee.toString())
                .doesNotContainKeys(west.toString(), healthy.toString(), active.toString());
        assertThat(alarms(company.westRep())).containsOnlyKeys(west.toString());
        assertThat(alarms(company.eastRep2())).isEmpty();
        assertThat(alarms(company.director(), "ownerId", company.westRep().id().toString())).containsOnlyKeys(west.toString());
        assertThat(alarms(company.vp(), "ownerId", company.westRep().id().toString())).containsOnlyKeys(west.toString());
        assertThat(alarms(company.vp(), "ownerId", company.eastRep().id().toString())).containsKey(overdue.toString());

        api.query(company.eastManager(), "/api/v1/opportunities/alarms", "ownerId", "not-a-uuid")
                .andExpect(status().isBadRequest());
        api.query(company.eastManager(), "/api/v1/opportunities/alarms", "sort", "secret")
                .andExpect(status().isBadRequest());
        String firstPage = api.query(company.eastRep(), "/api/v1/opportunities/alarms", "limit", "3")
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(firstPage, "$.nextCursor");
        List<String> rest = JsonPath.read(api.query(company.eastRep(), "/api/v1/opportunities/alarms", "limit", "3",
                "cursor", cursor).andReturn().getResponse().getContentAsString(), "$.items[*].id");
        assertThat(rest).hasSize(1);

        api.page(company.eastRep(), get("/opportunities/alarms")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue" + tag)))
                .andExpect(content().string(containsString("days in this stage (at most 14)")))
                .andExpect(content().string(containsString("No coach in the buying committee")))
                .andExpect(content().string(not(containsString("Healthy" + tag))));
        api.page(company.westRep(), get("/opportunities/alarms")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Overdue" + tag))));
    }

    @Test
    void theDailyRoundTellsTheOwnerAndTheDepartmentsManagerOnceAndAgainWhenItComesBack() throws Exception {
        UUID overdue = deal(company.eastRep(), "Round overdue");
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '30 days' where id = :id").param("id", overdue).update();
        UUID late = deal(company.eastRep(), "Round late");
        jdbc.sql("update opportunities set expected_close_date = :d where id = :id")
                .param("d", LocalDate.now().minusDays(3)).param("id", late).update();

        notifier.raise();
        assertThat(notified(company.eastRep(), overdue, "stage-overdue")).isEqualTo(1);
        assertThat(notified(company.eastRep(), late, "close-date-passed")).isEqualTo(1);
        assertThat(notified(company.eastManager(), overdue, "stage-overdue")).isEqualTo(1);
        assertThat(notified(company.eastRep2(), overdue, "stage-overdue")).isZero();
        assertThat(notified(company.director(), overdue, "stage-overdue")).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like :s")
                .param("to", company.eastRep().email()).param("s", "%Round overdue" + tag + "%")
                .query(Long.class).single()).isEqualTo(1);
        api.get(company.eastRep(), "/api/v1/notifications/unread-count").andExpect(status().isOk());
        String mine = api.get(company.eastRep(), "/api/v1/notifications?limit=10").andReturn().getResponse().getContentAsString();
        List<String> messages = JsonPath.read(mine, "$.items[*].message");
        assertThat(messages).anyMatch(m -> m.contains("Round overdue" + tag) && m.contains("(at most 14)"));
        assertThat(messages).anyMatch(m -> m.contains("Round late" + tag) && m.contains(LocalDate.now().minusDays(3).toString()));

        notifier.raise();
        assertThat(notified(company.eastRep(), overdue, "stage-overdue")).isEqualTo(1);
        assertThat(notified(company.eastManager(), late, "close-date-passed")).isEqualTo(1);

        // the rep moves the deal on, and it gets stuck again in the next stage: a new alarm
        api.post(company.eastRep(), "/api/v1/opportunities/" + overdue + "/stage", "{\"stage\":\"interest\"}")
                .andExpect(status().isOk());
        notifier.raise();
        assertThat(notified(company.eastRep(), overdue, "stage-overdue")).isEqualTo(1);
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '40 days' where id = :id").param("id", overdue).update();
        notifier.raise();
        assertThat(notified(company.eastRep(), overdue, "stage-overdue")).isEqualTo(2);
    }

    @Test
    void theHomesShowMyWorkAndManagersTheirReps() throws Exception {
        UUID overdue = deal(company.eastRep(), "Home overdue");
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '30 days' where id = :id").param("id", overdue).update();
        api.post(company.eastRep(), "/api/v1/leads", "{\"name\":\"Home Lead" + tag + "\",\"company\":\"Lead Co\"}")
                .andExpect(status().isCreated());

        api.page(company.eastRep(), get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("My abnormal opportunities")))
                .andExpect(content().string(containsString("Home overdue" + tag)))
                .andExpect(content().string(containsString("My opportunities")))
                .andExpect(content().string(containsString("Home Lead" + tag)))
                .andExpect(content().string(not(containsString("gx-team-figures"))));
        api.page(company.eastManager(), get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("gx-team-figures")))
                .andExpect(content().string(containsString(company.eastRep().name())))
                .andExpect(content().string(containsString("/opportunities/alarms?ownerId=" + company.eastRep().id())))
                .andExpect(content().string(not(containsString(company.westRep().name()))));
        api.page(company.eastManager(), get("/opportunities/alarms").param("ownerId", company.eastRep().id().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Home overdue" + tag)));
        api.page(company.eastManager(), get("/opportunities/alarms").param("ownerId", company.westRep().id().toString()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Alarm Account" + tag))));
    }

    @Test
    void theScheduledJobRunsTheRound() throws Exception {
        UUID overdue = deal(company.eastRep(), "Job overdue");
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '30 days' where id = :id").param("id", overdue).update();
        scheduler.triggerJob(JobKey.jobKey("opportunity-alarms", "sales"));
        // whichever node of the (test) cluster takes the firing runs the same round
        for (int i = 0; i < 600 && notified(company.eastRep(), overdue, "stage-overdue") == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(notified(company.eastRep(), overdue, "stage-overdue")).isEqualTo(1);
    }

    private UUID deal(TestUser owner, String name) throws Exception {
        return Api.idOf(api.post(owner, "/api/v1/opportunities", "{\"name\":\"" + name + tag + "\",\"accountId\":\""
                        + account + "\",\"amount\":\"100000\",\"expectedCloseDate\":\"" + LocalDate.now().plusDays(60) + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** This test's abnormal deals the user sees, with their reasons. */
    private Map<String, List<String>> alarms(TestUser user, String... filter) throws Exception {
        String[] params = java.util.stream.Stream.concat(java.util.stream.Stream.of("limit", "200"),
                java.util.Arrays.stream(filter)).toArray(String[]::new);
        String body = api.query(user, "/api/v1/opportunities/alarms", params).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        Map<String, List<String>> found = new java.util.HashMap<>();
        for (Map<String, Object> item : items) {
            if (((String) item.get("name")).endsWith(tag)) {
                @SuppressWarnings("unchecked")
                List<String> reasons = (List<String>) item.get("reasons");
                found.put((String) item.get("id"), reasons);
            }
        }
        return found;
    }

    private long notified(TestUser user, UUID deal, String reason) {
        return jdbc.sql("select count(*) from notifications where recipient_id = :u and dedupe_key like :k")
                .param("u", user.id()).param("k", "opportunity-alarm:" + deal + ":" + reason + ":%")
                .query(Long.class).single();
    }
}
