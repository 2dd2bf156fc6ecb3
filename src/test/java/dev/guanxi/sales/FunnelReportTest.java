package dev.guanxi.sales;

import static org.hamcrest.Matchers.closeTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The funnel and pipeline reports against hand-computed figures, on a department of their own so
 * that other tests' deals do not count.
 */
@IntegrationTest
class FunnelReportTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    TestUser manager;
    TestUser rep;
    UUID department;
    UUID account;

    @BeforeEach
    void team() throws Exception {
        department = fixtures.department("Funnel team", null);
        manager = fixtures.user("Funnel Manager", department, Role.SALES_MANAGER);
        rep = fixtures.user("Funnel Rep", department, Role.SALES_REP);
        account = api.account(rep, "Funnel Customer " + System.nanoTime(), null);
    }

    /*
     * A: initial_contact → interest → decision_maker (open, 300,000 CNY)
     * B: initial_contact → lost (from initial_contact)
     * C: initial_contact → interest → negotiation → won (50,000 CNY)
     * D: initial_contact (open, 10,000 USD)
     *
     * reached initial_contact 4, went on 2 (A, C) → 50%; reached interest 2, went on 2 → 100%;
     * lost at initial_contact 1; won 1, lost 1 → win rate 50%.
     */
    @Test
    void theFunnelCountsWhereDealsWentAndWhereTheyWereLost() throws Exception {
        UUID a = deal("A", "300000", "CNY");
        UUID b = deal("B", "80000", "CNY");
        UUID c = deal("C", "50000", "CNY");
        deal("D", "10000", "USD");
        move(a, "interest");
        move(a, "decision_maker");
        api.post(rep, "/api/v1/opportunities/" + b + "/close", "{\"status\":\"lost\",\"lossReason\":\"no budget\"}").andExpect(status().isOk());
        move(c, "interest");
        move(c, "negotiation");
        api.post(rep, "/api/v1/opportunities/" + c + "/close", "{\"status\":\"won\",\"winReason\":\"best service\"}").andExpect(status().isOk());

        api.query(manager, "/api/v1/reports/funnel", "departmentId", "mine")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.process").value("project"))
                .andExpect(jsonPath("$.won").value(1))
                .andExpect(jsonPath("$.lost").value(1))
                .andExpect(jsonPath("$.winRate").value(closeTo(0.5, 0.0001)))
                .andExpect(jsonPath("$.wonAmount[0].amount").value("50000.00"))
                .andExpect(jsonPath("$.stages[0].stage").value("initial_contact"))
                .andExpect(jsonPath("$.stages[0].reached").value(4))
                .andExpect(jsonPath("$.stages[0].conversionToNext").value(closeTo(0.5, 0.0001)))
                .andExpect(jsonPath("$.stages[0].lostHere").value(1))
                .andExpect(jsonPath("$.stages[0].openCount").value(1))
                .andExpect(jsonPath("$.stages[0].openAmount[0].currency").value("USD"))
                .andExpect(jsonPath("$.stages[1].stage").value("interest"))
                .andExpect(jsonPath("$.stages[1].reached").value(2))
                .andExpect(jsonPath("$.stages[1].conversionToNext").value(closeTo(1.0, 0.0001)))
                .andExpect(jsonPath("$.stages[2].stage").value("decision_maker"))
                .andExpect(jsonPath("$.stages[2].openCount").value(1))
                .andExpect(jsonPath("$.stages[2].openAmount[0].amount").value("300000.00"))
                .andExpect(jsonPath("$.stages[2].weightedAmount[0].amount").value("90000.00"));

        // another department's manager sees none of it
        TestUser stranger = fixtures.user("Other Manager", fixtures.department("Elsewhere", null), Role.SALES_MANAGER);
        api.query(stranger, "/api/v1/reports/funnel", "departmentId", "mine")
                .andExpect(jsonPath("$.won").value(0))
                .andExpect(jsonPath("$.stages[0].reached").value(0));
        api.query(manager, "/api/v1/reports/funnel", "from", "not-a-date").andExpect(status().isBadRequest());
    }

    @Test
    void thePipelineTotalsEachStageWithoutMixingCurrencies() throws Exception {
        deal("P1", "1000", "CNY");
        deal("P2", "2000", "CNY");
        deal("P3", "500", "EUR");
        api.query(manager, "/api/v1/reports/pipeline", "departmentId", "mine")
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.stages[0].count").value(3))
                .andExpect(jsonPath("$.stages[0].amount[?(@.currency=='CNY')].amount").value(Matchers.contains("3000.00")))
                .andExpect(jsonPath("$.stages[0].amount[?(@.currency=='EUR')].amount").value(Matchers.contains("500.00")))
                .andExpect(jsonPath("$.stages[0].weightedAmount[?(@.currency=='CNY')].amount").value(Matchers.contains("150.00")));
    }

    @Test
    void theBoardAnswersAMoveWithTheRedrawnBoard() throws Exception {
        UUID deal = deal("Board deal", "70000", "CNY");
        api.page(rep, get("/opportunities/board")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Board deal")));
        api.page(rep, post("/opportunities/" + deal + "/stage").with(csrf()).header("HX-Request", "true")
                        .param("stage", "solution").param("version", "0").param("view", "board"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"gx-board\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        api.get(rep, "/api/v1/opportunities/" + deal).andExpect(jsonPath("$.stage").value("solution"));
        api.page(rep, post("/opportunities/" + deal + "/close").with(csrf()).header("HX-Request", "true")
                        .param("status", "lost").param("view", "board"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Say why the deal was lost.")));
        api.get(rep, "/api/v1/opportunities/" + deal).andExpect(jsonPath("$.status").value("open"));
        for (String page : new String[] {"/opportunities", "/opportunities/" + deal, "/opportunities/" + deal + "/edit",
                "/opportunities/new", "/reports/funnel", "/competitors", "/accounts/" + account, "/products"}) {
            api.page(rep, get(page)).andExpect(status().isOk());
        }
    }

    private UUID deal(String name, String amount, String currency) throws Exception {
        return Api.idOf(api.post(rep, "/api/v1/opportunities", "{\"name\":\"" + name + "\",\"accountId\":\"" + account
                        + "\",\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private void move(UUID deal, String stage) throws Exception {
        api.post(rep, "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"" + stage + "\"}").andExpect(status().isOk());
    }
}
