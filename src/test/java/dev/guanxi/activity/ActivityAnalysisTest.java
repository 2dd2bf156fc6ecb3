package dev.guanxi.activity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The activity analysis against figures worked out by hand, under visibility. */
@IntegrationTest
class ActivityAnalysisTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    UUID department;
    TestUser manager;
    TestUser rep;
    TestUser rep2;
    UUID account;
    String from;
    String to;

    @BeforeEach
    void team() throws Exception {
        department = fixtures.department("Analysis team", null);
        manager = fixtures.user("Analysis Manager", department, Role.SALES_MANAGER);
        rep = fixtures.user("Analysis Rep", department, Role.SALES_REP);
        rep2 = fixtures.user("Analysis Rep Two", department, Role.SALES_REP);
        account = api.account(rep, "Analysis Customer " + System.nanoTime(), null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        from = today.minusDays(1).toString();
        to = today.plusDays(1).toString();
    }

    /*
     * rep: on the deal (created in initial_contact) A1 done, cost 100 CNY; then the deal moves to interest,
     *      A2 done 50.50 CNY and A3 done without cost; the deal is won. A4 done on the account only, 20 USD.
     *      P1 planned for tomorrow, O1 planned two hours ago (overdue), C1 cancelled.
     * rep2: one done activity, 30 CNY, on their own account.
     * Department: executed 5, pending 1, overdue 1, cancelled 1; cost 180.50 CNY and 20.00 USD.
     * Effort: 1 won deal with 3 executed activities → 3 per won deal; initial_contact 1 activity on 1 deal,
     * interest 2 on 1 deal.
     */
    @Test
    void figuresPerRepTypeRecordOutcomeAndStage() throws Exception {
        UUID deal = Api.idOf(api.post(rep, "/api/v1/opportunities", "{\"name\":\"Analysis deal\",\"accountId\":\"" + account
                + "\",\"amount\":\"90000\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        done(rep, "meeting", "A1", "\"opportunityId\":\"" + deal + "\",\"cost\":\"100\",\"currency\":\"CNY\"");
        api.post(rep, "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"interest\"}").andExpect(status().isOk());
        done(rep, "presentation", "A2", "\"opportunityId\":\"" + deal + "\",\"cost\":\"50.50\",\"currency\":\"CNY\"");
        done(rep, "call_outbound", "A3", "\"opportunityId\":\"" + deal + "\"");
        api.post(rep, "/api/v1/opportunities/" + deal + "/close", "{\"status\":\"won\",\"winReason\":\"service\"}")
                .andExpect(status().isOk());
        done(rep, "meeting", "A4", "\"accountId\":\"" + account + "\",\"cost\":\"20\",\"currency\":\"USD\"");
        planned(rep, "P1", Instant.now().plus(1, ChronoUnit.DAYS));
        planned(rep, "O1", Instant.now().minus(2, ChronoUnit.HOURS));
        UUID cancelled = planned(rep, "C1", Instant.now().plus(1, ChronoUnit.DAYS));
        api.post(rep, "/api/v1/activities/" + cancelled + "/cancel", "{}").andExpect(status().isOk());
        UUID otherAccount = api.account(rep2, "Analysis Other " + System.nanoTime(), null);
        done(rep2, "meeting", "B1", "\"accountId\":\"" + otherAccount + "\",\"cost\":\"30\",\"currency\":\"CNY\"");

        api.query(manager, "/api/v1/reports/activities", "departmentId", "mine", "from", from, "to", to)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.done").value(5))
                .andExpect(jsonPath("$.total.pending").value(1))
                .andExpect(jsonPath("$.total.overdue").value(1))
                .andExpect(jsonPath("$.total.cancelled").value(1))
                .andExpect(jsonPath("$.total.cost[?(@.currency == 'CNY')].amount").value(180.50))
                .andExpect(jsonPath("$.total.cost[?(@.currency == 'USD')].amount").value(20.00))
                .andExpect(jsonPath("$.reps.length()").value(2))
                .andExpect(jsonPath("$.reps[?(@.ownerName == 'Analysis Rep')].done").value(4))
                .andExpect(jsonPath("$.types[?(@.type == 'meeting')].done").value(3))
                .andExpect(jsonPath("$.costByAccount[?(@.id == '" + account + "')].activities").value(4))
                .andExpect(jsonPath("$.costByOpportunity[?(@.id == '" + deal + "')].activities").value(3))
                .andExpect(jsonPath("$.costByOpportunity[?(@.id == '" + deal + "')].cost[0].amount").value(150.50))
                .andExpect(jsonPath("$.effortByOutcome[?(@.outcome == 'won')].deals").value(1))
                .andExpect(jsonPath("$.effortByOutcome[?(@.outcome == 'won')].activitiesPerDeal").value(3.0))
                .andExpect(jsonPath("$.effortByOutcome[?(@.outcome == 'lost')].deals").value(0))
                .andExpect(jsonPath("$.effortByStage[?(@.stage == 'initial_contact')].activities").value(1))
                .andExpect(jsonPath("$.effortByStage[?(@.stage == 'interest')].activities").value(2))
                .andExpect(jsonPath("$.effortByStage[?(@.stage == 'interest')].deals").value(1));

        // a rep sees their own activities only; someone of another department sees none of them
        api.query(rep2, "/api/v1/reports/activities", "departmentId", department.toString(), "from", from, "to", to)
                .andExpect(jsonPath("$.reps.length()").value(1)).andExpect(jsonPath("$.total.done").value(1));
        TestUser outsider = fixtures.user("Analysis Outsider", fixtures.department("Elsewhere", null), Role.SALES_MANAGER);
        api.query(outsider, "/api/v1/reports/activities", "departmentId", department.toString(), "from", from, "to", to)
                .andExpect(jsonPath("$.reps.length()").value(0)).andExpect(jsonPath("$.total.done").value(0));
        // a period before all of it is empty; a malformed or reversed period is refused
        api.query(manager, "/api/v1/reports/activities", "departmentId", "mine", "from", "2020-01-01", "to", "2020-01-31")
                .andExpect(jsonPath("$.total.done").value(0)).andExpect(jsonPath("$.effortByOutcome[0].deals").value(0));
        api.query(manager, "/api/v1/reports/activities", "from", "yesterday").andExpect(status().isBadRequest());
        api.query(manager, "/api/v1/reports/activities", "from", to, "to", from).andExpect(status().isBadRequest());

        api.page(manager, get("/reports/activities").param("departmentId", "mine").param("from", from).param("to", to))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Analysis Rep Two")))
                .andExpect(content().string(containsString("Analysis deal")));
    }

    private UUID done(TestUser user, String type, String subject, String links) throws Exception {
        Thread.sleep(5);
        Instant at = Instant.now();
        return Api.idOf(api.post(user, "/api/v1/activities", """
                        {"type": "%s", "subject": "%s", "status": "done", "actualStart": "%s", %s}
                        """.formatted(type, subject, at, links))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private UUID planned(TestUser user, String subject, Instant start) throws Exception {
        return Api.idOf(api.post(user, "/api/v1/activities", """
                        {"type": "call_outbound", "subject": "%s", "plannedStart": "%s"}
                        """.formatted(subject, start))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}
