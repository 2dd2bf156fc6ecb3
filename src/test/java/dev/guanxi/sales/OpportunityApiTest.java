package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opportunities through the API: lines and amounts, stage moves, closing, CUTE coverage, SWOT, visibility. */
@IntegrationTest
class OpportunityApiTest {

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
        account = api.account(company.eastRep(), "Deal Account " + System.nanoTime(), null);
    }

    @Test
    void aDealStartsInTheFirstStageAndItsAmountIsTheTotalOfItsLines() throws Exception {
        String product = Api.idOf(api.post(company.admin(), "/api/v1/products",
                        "{\"code\":\"P-" + System.nanoTime() + "\",\"name\":\"高纯淀粉糖浆\",\"listPrice\":\"4200.00\",\"unit\":\"吨\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();
        String body = api.post(company.eastRep(), "/api/v1/opportunities", """
                        {"name": "年度糖浆采购", "accountId": "%s", "expectedCloseDate": "%s", "source": "referral",
                         "lines": [{"productId": "%s", "quantity": "100", "discountPercent": "5"},
                                   {"productName": "运输服务", "quantity": "1", "unitPrice": "12000"}]}
                        """.formatted(account, LocalDate.now().plusDays(60), product))
                .andExpect(status().isCreated())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.stage").value("initial_contact"))
                .andExpect(jsonPath("$.process").value("project"))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.probability").value(5))
                .andExpect(jsonPath("$.amount").value("411000.00"))
                .andExpect(jsonPath("$.amountFromLines").value(true))
                .andExpect(jsonPath("$.lines[0].total").value("399000.00"))
                .andExpect(jsonPath("$.weightedAmount").value("20550.00"))
                .andExpect(jsonPath("$.ownerId").value(company.eastRep().id().toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        api.get(company.eastRep(), "/api/v1/opportunities/" + id + "/stage-history")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].toStage").value("initial_contact"));
    }

    @Test
    void stageMovesForwardsAndBackwardsAreRecordedAndClosingNeedsAReasonForALoss() throws Exception {
        UUID deal = deal(company.eastRep(), "Moves " + System.nanoTime());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"needs\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("needs")).andExpect(jsonPath("$.probability").value(40));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"interest\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("interest"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"quoted\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"won\"}")
                .andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/close", "{\"status\":\"lost\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lossReason"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/close", "{\"status\":\"lost\",\"lossReason\":\"  \"}")
                .andExpect(status().isBadRequest());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal).andExpect(jsonPath("$.status").value("open"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/close",
                        "{\"status\":\"lost\",\"lossReason\":\"价格高于竞争对手 15%\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("lost"))
                .andExpect(jsonPath("$.stage").value("lost"))
                .andExpect(jsonPath("$.lossReason").value("价格高于竞争对手 15%"))
                .andExpect(jsonPath("$.closeDate").value(LocalDate.now().toString()));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/close", "{\"status\":\"won\"}")
                .andExpect(status().isConflict());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage-history")
                .andExpect(jsonPath("$[*].toStage", contains("initial_contact", "needs", "interest", "lost")))
                .andExpect(jsonPath("$[3].fromStage").value("interest"));
        // moving a closed deal back to an open stage reopens it
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"solution\"}")
                .andExpect(jsonPath("$.status").value("open")).andExpect(jsonPath("$.lossReason").doesNotExist());
    }

    @Test
    void ofTwoMovesOfTheSameVersionTheSecondIsRefused() throws Exception {
        UUID deal = deal(company.eastRep(), "Race " + System.nanoTime());
        api.perform(company.eastRep(), post("/api/v1/opportunities/" + deal + "/stage").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"interest\"}")).andExpect(status().isOk());
        api.perform(company.eastManager(), post("/api/v1/opportunities/" + deal + "/stage").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"needs\"}")).andExpect(status().isPreconditionFailed());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal).andExpect(jsonPath("$.stage").value("interest"));
        assertThat(jdbc.sql("select count(*) from opportunity_stage_changes where opportunity_id = :id").param("id", deal)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void impossibleFiguresAreRefused() throws Exception {
        api.post(company.eastRep(), "/api/v1/opportunities", """
                        {"name": "Bad", "accountId": "%s", "amount": "-1", "probability": 150,
                         "expectedCloseDate": "%s", "currency": "ZZZ"}""".formatted(account, LocalDate.now().minusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("amount", "probability")));
        api.post(company.eastRep(), "/api/v1/opportunities", """
                        {"name": "Early", "accountId": "%s", "expectedCloseDate": "%s"}""".formatted(account, LocalDate.now().minusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedCloseDate"));
        api.post(company.eastRep(), "/api/v1/opportunities", "{\"name\": \"No account\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
        api.post(company.eastRep(), "/api/v1/opportunities", "{\"name\": \"x\", \"accountId\": \"" + account + "\", \"process\": \"nope\"}")
                .andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/opportunities", "{\"name\": \"x\", \"accountId\": \"" + account + "\", \"stage\": \"quoted\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
        UUID westAccount = api.account(company.westRep(), "West Deal Account " + System.nanoTime(), null);
        api.post(company.eastRep(), "/api/v1/opportunities", "{\"name\": \"x\", \"accountId\": \"" + westAccount + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
    }

    @Test
    void anotherDepartmentsDealIsNotFoundOnEveryVerb() throws Exception {
        UUID deal = deal(company.eastRep(), "Private deal " + System.nanoTime());
        api.get(company.westRep(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());
        api.post(company.westRep(), "/api/v1/opportunities/" + deal + "/stage", "{\"stage\":\"interest\"}").andExpect(status().isNotFound());
        api.post(company.westRep(), "/api/v1/opportunities/" + deal + "/close", "{\"status\":\"lost\",\"lossReason\":\"x\"}").andExpect(status().isNotFound());
        api.delete(company.westRep(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());
        api.get(company.eastManager(), "/api/v1/opportunities/" + deal).andExpect(status().isOk());
        api.get(company.eastRep2(), "/api/v1/opportunities/" + deal).andExpect(status().isNotFound());
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal).andExpect(jsonPath("$.stage").value("initial_contact"));
    }

    @Test
    void theBuyingCommitteeWarnsUntilEconomicBuyerAndCoachAreKnownAndWhenAKeyPersonOpposes() throws Exception {
        UUID deal = deal(company.eastRep(), "Committee " + System.nanoTime());
        UUID boss = api.contact(company.eastRep(), "{\"name\":\"周总\",\"title\":\"总经理\",\"accountId\":\"" + account + "\"}");
        UUID insider = api.contact(company.eastRep(), "{\"name\":\"小李\",\"accountId\":\"" + account + "\"}");
        api.get(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts")
                .andExpect(jsonPath("$.warnings", containsInAnyOrder("no-economic-buyer", "no-coach")));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                "{\"contactId\":\"" + boss + "\",\"influence\":\"economic\",\"attitude\":\"supporter\"}").andExpect(status().isCreated());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                        "{\"contactId\":\"" + insider + "\",\"influence\":\"coach\",\"attitude\":\"supporter\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings", empty()))
                .andExpect(jsonPath("$.members[*].influence", containsInAnyOrder("economic", "coach")));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                "{\"contactId\":\"" + boss + "\",\"influence\":\"user\"}").andExpect(status().isConflict());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                "{\"contactId\":\"" + UUID.randomUUID() + "\",\"influence\":\"user\"}").andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                "{\"contactId\":\"" + insider + "\",\"influence\":\"king\"}").andExpect(status().isBadRequest());

        UUID techie = api.contact(company.eastRep(), "{\"name\":\"王工\",\"accountId\":\"" + account + "\"}");
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/contacts",
                        "{\"contactId\":\"" + techie + "\",\"influence\":\"technical\",\"attitude\":\"opponent\"}")
                .andExpect(jsonPath("$.warnings", contains("key-person-opposes")));
    }

    @Test
    void competitorsAreAnalysedPerDealWithBoundedScores() throws Exception {
        UUID deal = deal(company.eastRep(), "SWOT " + System.nanoTime());
        String competitor = JsonPath.read(api.post(company.eastRep(), "/api/v1/competitors", "{\"name\":\"山东瑞达 " + System.nanoTime() + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/competitors", """
                        {"competitorId": "%s", "strengths": "价格低", "weaknesses": "交期长", "threats": "与采购关系好",
                         "scores": {"brand": 1, "quality": 2, "service": 0, "relationship": -2, "functions": 1}}""".formatted(competitor))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].scores.relationship").value(-2))
                .andExpect(jsonPath("$[0].weaknesses").value("交期长"));
        api.post(company.eastRep(), "/api/v1/opportunities/" + deal + "/competitors",
                        "{\"competitorId\": \"" + competitor + "\", \"scores\": {\"brand\": 5}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scores.brand"));
        api.get(company.westRep(), "/api/v1/opportunities/" + deal + "/competitors").andExpect(status().isNotFound());
    }

    private UUID deal(IdentityFixtures.TestUser user, String name) throws Exception {
        return Api.idOf(api.post(user, "/api/v1/opportunities", "{\"name\":\"" + name + "\",\"accountId\":\"" + account + "\",\"amount\":\"100000\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}
