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

    /*
     * Rep's deal A has the product and an account in region 华南; rep2's deal B neither. A team holds
     * only the rep. Each filter leaves exactly the deal it names.
     */
    @Test
    void theFunnelFiltersByTeamProductAndRegion() throws Exception {
        TestUser rep2 = fixtures.user("Funnel Rep Two", department, Role.SALES_REP);
        String product = Api.idOf(api.post(fixtures.user("Catalog Admin", null, Role.ADMIN), "/api/v1/products",
                "{\"code\":\"F-" + System.nanoTime() + "\",\"name\":\"Filter product\",\"listPrice\":\"100\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();
        String region = "华南-" + System.nanoTime();
        UUID southAccount = api.account(rep, "South Customer " + System.nanoTime(), "\"region\":\"" + region + "\"");
        api.post(rep, "/api/v1/opportunities", "{\"name\":\"A\",\"accountId\":\"" + southAccount
                + "\",\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":\"2\"}]}").andExpect(status().isCreated());
        UUID rep2Account = api.account(rep2, "Rep Two Customer " + System.nanoTime(), null);
        api.post(rep2, "/api/v1/opportunities", "{\"name\":\"B\",\"accountId\":\"" + rep2Account + "\",\"amount\":\"5\"}")
                .andExpect(status().isCreated());
        String team = Api.idOf(api.post(fixtures.user("Team Admin", null, Role.ADMIN), "/api/v1/teams",
                        "{\"name\":\"Funnel team " + System.nanoTime() + "\",\"memberIds\":[\"" + rep.id() + "\"]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();

        api.query(manager, "/api/v1/reports/funnel", "departmentId", "mine").andExpect(jsonPath("$.stages[0].reached").value(2));
        api.query(manager, "/api/v1/reports/funnel", "teamId", team).andExpect(jsonPath("$.stages[0].reached").value(1))
                .andExpect(jsonPath("$.stages[0].openAmount[0].amount").value("200.00"));
        api.query(manager, "/api/v1/reports/funnel", "productId", product).andExpect(jsonPath("$.stages[0].reached").value(1));
        api.query(manager, "/api/v1/reports/funnel", "region", region).andExpect(jsonPath("$.stages[0].reached").value(1))
                .andExpect(jsonPath("$.stages[0].openAmount[0].amount").value("200.00"));
        api.query(manager, "/api/v1/reports/funnel", "teamId", "x").andExpect(status().isBadRequest());
        api.query(manager, "/api/v1/opportunities", "teamId", team).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("A"));
        api.query(manager, "/api/v1/reports/pipeline", "teamId", team).andExpect(jsonPath("$.count").value(1));
        api.page(manager, get("/opportunities/board").param("teamId", team)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">A<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">B<"))));
        api.query(manager, "/api/v1/reports/funnel", "from", "2026-02-01", "to", "2026-01-01").andExpect(status().isBadRequest());
        api.page(manager, get("/reports/funnel").param("region", region)).andExpect(status().isOk());
    }

    /*
     * Against rival X: W won (50,000 CNY, brand +1), L lost (80,000 CNY, brand -1, "price"), O open.
     * Against rival Y: L. So X: won 1, lost 1, open 1, win rate 50%, brand average 0.0; Y: lost 1, win rate 0%.
     */
    @Test
    void winsAndLossesAreCountedPerCompetitorWithTheNotesBehindThem() throws Exception {
        String x = competitor("Rival X " + System.nanoTime());
        String y = competitor("Rival Y " + System.nanoTime());
        UUID won = deal("W", "50000", "CNY");
        UUID lost = deal("L", "80000", "CNY");
        UUID open = deal("O", "1000", "CNY");
        analyse(won, x, 1, "他们的品牌更响");
        analyse(lost, x, -1, "他们价格低 20%");
        analyse(open, x, null, null);
        analyse(lost, y, null, null);
        api.post(rep, "/api/v1/opportunities/" + won + "/close", "{\"status\":\"won\",\"winReason\":\"service\"}").andExpect(status().isOk());
        api.post(rep, "/api/v1/opportunities/" + lost + "/close", "{\"status\":\"lost\",\"lossReason\":\"price\"}").andExpect(status().isOk());

        api.query(manager, "/api/v1/reports/win-loss-by-competitor", "departmentId", "mine")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.competitors.length()").value(2))
                .andExpect(jsonPath("$.competitors[0].competitorId").value(x))
                .andExpect(jsonPath("$.competitors[0].won").value(1))
                .andExpect(jsonPath("$.competitors[0].lost").value(1))
                .andExpect(jsonPath("$.competitors[0].open").value(1))
                .andExpect(jsonPath("$.competitors[0].winRate").value(closeTo(0.5, 0.0001)))
                .andExpect(jsonPath("$.competitors[0].wonAmount[0].amount").value("50000.00"))
                .andExpect(jsonPath("$.competitors[0].lostAmount[0].amount").value("80000.00"))
                .andExpect(jsonPath("$.competitors[0].averageScores.brand").value(0.0))
                .andExpect(jsonPath("$.competitors[1].competitorId").value(y))
                .andExpect(jsonPath("$.competitors[1].lost").value(1))
                .andExpect(jsonPath("$.competitors[1].winRate").value(closeTo(0.0, 0.0001)));
        api.query(manager, "/api/v1/reports/win-loss-by-competitor/" + x, "departmentId", "mine")
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.status == 'lost')].reason").value(Matchers.contains("price")))
                .andExpect(jsonPath("$[?(@.status == 'lost')].strengths").value(Matchers.contains("他们价格低 20%")));
        String tomorrow = java.time.LocalDate.now().plusDays(2).toString();
        api.query(manager, "/api/v1/reports/win-loss-by-competitor", "departmentId", "mine", "from", tomorrow)
                .andExpect(jsonPath("$.competitors[0].won").value(0))
                .andExpect(jsonPath("$.competitors[0].open").value(1));
        TestUser stranger = fixtures.user("Win-loss Stranger", fixtures.department("Elsewhere", null), Role.SALES_MANAGER);
        api.query(stranger, "/api/v1/reports/win-loss-by-competitor")
                .andExpect(jsonPath("$.competitors[?(@.competitorId == '" + x + "')]").isEmpty());
        api.page(manager, get("/reports/win-loss").param("competitorId", x).param("departmentId", department.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("他们价格低 20%")));
    }

    private String competitor(String name) throws Exception {
        return Api.idOf(api.post(manager, "/api/v1/competitors", "{\"name\":\"" + name + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();
    }

    private void analyse(UUID deal, String competitor, Integer brand, String strengths) throws Exception {
        api.post(rep, "/api/v1/opportunities/" + deal + "/competitors", "{\"competitorId\":\"" + competitor + "\""
                        + (strengths == null ? "" : ",\"strengths\":\"" + strengths + "\"")
                        + (brand == null ? "" : ",\"scores\":{\"brand\":" + brand + "}") + "}")
                .andExpect(status().isCreated());
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
