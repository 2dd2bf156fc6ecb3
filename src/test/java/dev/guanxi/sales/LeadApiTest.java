package dev.guanxi.sales;

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
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Leads: conversion in one transaction, the lead pool, disqualifying, duplicates, the public web form and assignment rules. */
@IntegrationTest
class LeadApiTest {

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");
    /** A ticket served at least three seconds ago, shared by the tests so the class waits once. */
    private static String agedTicket;
    private static long agedTicketServedAt;

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
    }

    @Test
    void convertingCreatesAccountContactAndOpportunityAtOnceAndOnlyOnce() throws Exception {
        String company = "远景食品 " + System.nanoTime();
        UUID lead = lead(this.company.eastRep(), """
                {"name": "周敏", "company": "%s", "title": "采购经理", "email": "zhou.%d@yuanjing.example",
                 "mobile": "13911112222", "source": "trade_show", "budget": "250000", "currency": "CNY",
                 "industry": "food_beverage", "region": "华东", "interest": "年度糖浆采购"}
                """.formatted(company, System.nanoTime()));
        String body = api.post(this.company.eastRep(), "/api/v1/leads/" + lead + "/convert", "{\"createOpportunity\": true}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        UUID account = UUID.fromString(JsonPath.read(body, "$.accountId"));
        UUID contact = UUID.fromString(JsonPath.read(body, "$.contactId"));
        UUID opportunity = UUID.fromString(JsonPath.read(body, "$.opportunityId"));

        api.get(this.company.eastRep(), "/api/v1/accounts/" + account)
                .andExpect(jsonPath("$.name").value(company))
                .andExpect(jsonPath("$.industry").value("food_beverage"))
                .andExpect(jsonPath("$.source").value("trade_show"))
                .andExpect(jsonPath("$.ownerId").value(this.company.eastRep().id().toString()));
        api.get(this.company.eastRep(), "/api/v1/contacts/" + contact)
                .andExpect(jsonPath("$.name").value("周敏"))
                .andExpect(jsonPath("$.accountId").value(account.toString()));
        api.get(this.company.eastRep(), "/api/v1/opportunities/" + opportunity)
                .andExpect(jsonPath("$.name").value(company))
                .andExpect(jsonPath("$.amount").value("250000.00"))
                .andExpect(jsonPath("$.source").value("lead"))
                .andExpect(jsonPath("$.stage").value("initial_contact"));
        assertThat(jdbc.sql("select lead_id from opportunities where id = :id").param("id", opportunity).query(UUID.class).single())
                .isEqualTo(lead);
        api.get(this.company.eastRep(), "/api/v1/leads/" + lead)
                .andExpect(jsonPath("$.status").value("qualified"))
                .andExpect(jsonPath("$.convertedAccountId").value(account.toString()))
                .andExpect(jsonPath("$.convertedOpportunityId").value(opportunity.toString()));

        api.post(this.company.eastRep(), "/api/v1/leads/" + lead + "/convert", "{\"createOpportunity\": true}")
                .andExpect(status().isConflict());
        api.patch(this.company.eastRep(), "/api/v1/leads/" + lead, "{\"notes\": \"later\"}").andExpect(status().isConflict());
        assertThat(count("select count(*) from accounts where name = :name", company)).isEqualTo(1);
        api.page(this.company.eastRep(), get("/accounts/" + account)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Became a customer from lead 周敏")));
    }

    @Test
    void aConversionThatFailsHalfwayLeavesNothingBehind() throws Exception {
        String company = "半途公司 " + System.nanoTime();
        UUID lead = lead(this.company.eastRep(), "{\"name\": \"Half Way\", \"company\": \"" + company + "\"}");
        api.post(this.company.eastRep(), "/api/v1/leads/" + lead + "/convert",
                        "{\"createOpportunity\": true, \"opportunityName\": \"" + "x".repeat(201) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(count("select count(*) from accounts where name = :name", company)).isZero();
        assertThat(count("select count(*) from contacts where name = :name", "Half Way")).isZero();
        api.get(this.company.eastRep(), "/api/v1/leads/" + lead).andExpect(jsonPath("$.status").value("new"))
                .andExpect(jsonPath("$.convertedAccountId").doesNotExist());
    }

    @Test
    void aLeadJoinsAnExistingAccountOnlyIfTheRepMayChangeIt() throws Exception {
        UUID westAccount = api.account(company.westRep(), "West Co " + System.nanoTime(), null);
        UUID eastAccount = api.account(company.eastRep(), "East Co " + System.nanoTime(), null);
        UUID lead = lead(company.eastRep(), "{\"name\": \"Joiner\", \"company\": \"East Co\"}");
        api.post(company.eastRep(), "/api/v1/leads/" + lead + "/convert", "{\"accountId\": \"" + westAccount + "\"}")
                .andExpect(status().isBadRequest());
        String body = api.post(company.eastRep(), "/api/v1/leads/" + lead + "/convert", "{\"accountId\": \"" + eastAccount + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.opportunityId").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.accountId")).isEqualTo(eastAccount.toString());
        api.query(company.eastRep(), "/api/v1/contacts", "accountId", eastAccount.toString())
                .andExpect(jsonPath("$.items[0].name").value("Joiner"));
    }

    @Test
    void disqualifyingNeedsAReasonAndQualifyingHappensOnlyByConversion() throws Exception {
        UUID lead = lead(company.eastRep(), "{\"name\": \"Not Now\"}");
        api.patch(company.eastRep(), "/api/v1/leads/" + lead, "{\"status\": \"qualified\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        api.post(company.eastRep(), "/api/v1/leads/" + lead + "/disqualify", "{\"reason\": \"  \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(company.eastRep(), "/api/v1/leads/" + lead + "/disqualify", "{\"reason\": \"学生，没有采购需求\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("disqualified"))
                .andExpect(jsonPath("$.disqualifyReason").value("学生，没有采购需求"));
        api.post(company.eastRep(), "/api/v1/leads/" + lead + "/convert", "{}").andExpect(status().isConflict());
        api.patch(company.eastRep(), "/api/v1/leads/" + lead, "{\"status\": \"working\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("working"));
    }

    @Test
    void othersSeeLeadsByVisibilityAndOnlyOwnersAndManagersChangeThem() throws Exception {
        UUID lead = lead(company.eastRep(), "{\"name\": \"Mine " + System.nanoTime() + "\"}");
        api.get(company.westRep(), "/api/v1/leads/" + lead).andExpect(status().isNotFound());
        api.get(company.eastManager(), "/api/v1/leads/" + lead).andExpect(status().isOk());
        api.patch(company.westRep(), "/api/v1/leads/" + lead, "{\"notes\": \"x\"}").andExpect(status().isNotFound());
        api.patch(company.eastManager(), "/api/v1/leads/" + lead, "{\"rating\": \"hot\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rating").value("hot"));
        api.query(company.westRep(), "/api/v1/leads", "ownerId", company.eastRep().id().toString())
                .andExpect(jsonPath("$.items.length()").value(0));
        api.query(company.eastManager(), "/api/v1/leads", "ownerId", company.eastRep().id().toString())
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void theWebFormRefusesForgedAndHurriedTicketsAndThanksRobotsWithoutStoringThem() throws Exception {
        String address = address();
        String fresh = ticket(address);
        String name = "Hurried " + System.nanoTime();
        submit(address, fresh, name, null).andExpect(status().isBadRequest());
        submit(address, "AAAA" + fresh.substring(4), name, null).andExpect(status().isBadRequest());
        submit(address, agedTicket(), name, "http://spam.example").andExpect(status().isOk())
                .andExpect(content().string(containsString("gx-webform-thanks")));
        assertThat(count("select count(*) from leads where name = :name", name)).isZero();
    }

    @Test
    void webFormLeadsGoToThePoolWhereTheFirstRepToClaimOneGetsIt() throws Exception {
        String name = "Pool Lead " + System.nanoTime();
        submit(address(), agedTicket(), name, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("gx-webform-thanks")));
        UUID lead = jdbc.sql("select id from leads where name = :name").param("name", name).query(UUID.class).single();
        api.get(company.eastRep(), "/api/v1/leads/" + lead)
                .andExpect(jsonPath("$.source").value("web_form")).andExpect(jsonPath("$.ownerId").doesNotExist());
        api.query(company.westRep(), "/api/v1/leads", "pool", "true", "q", name)
                .andExpect(jsonPath("$.items[0].id").value(lead.toString()));
        api.patch(company.eastRep(), "/api/v1/leads/" + lead, "{\"rating\": \"hot\"}").andExpect(status().isForbidden());
        api.post(company.eastRep(), "/api/v1/leads/" + lead + "/claim", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerId").value(company.eastRep().id().toString()));
        api.post(company.westRep(), "/api/v1/leads/" + lead + "/claim", "{}").andExpect(status().isNotFound());
        api.post(company.eastRep2(), "/api/v1/leads/" + lead + "/claim", "{}").andExpect(status().isNotFound());
        api.post(company.eastManager(), "/api/v1/leads/" + lead + "/claim", "{}").andExpect(status().isConflict());
    }

    @Test
    void oneAddressMaySendOnlyAFewFormsInTenMinutes() throws Exception {
        String address = address();
        String ticket = agedTicket();
        for (int i = 0; i < 5; i++) {
            submit(address, ticket, "Busy " + i + " " + System.nanoTime(), null).andExpect(status().isOk());
        }
        String last = "Too Busy " + System.nanoTime();
        submit(address, ticket, last, null).andExpect(status().isTooManyRequests());
        assertThat(count("select count(*) from leads where name = :name", last)).isZero();
        submit(address(), ticket, last, null).andExpect(status().isOk());
    }

    @Test
    void assignmentRulesHandWebLeadsToATeamInTurn() throws Exception {
        api.post(company.eastRep(), "/api/v1/lead-assignment-rules",
                        "{\"matchField\": \"any\", \"userId\": \"" + company.eastRep().id() + "\"}")
                .andExpect(status().isForbidden());
        String team = Api.idOf(api.post(company.admin(), "/api/v1/teams", """
                        {"name": "Inbound %d", "memberIds": ["%s", "%s"]}
                        """.formatted(System.nanoTime(), company.eastRep().id(), company.eastRep2().id()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();
        String region = "Region-" + System.nanoTime();
        String rule = Api.idOf(api.post(company.eastManager(), "/api/v1/lead-assignment-rules", """
                        {"matchField": "region", "matchValue": "%s", "teamId": "%s"}
                        """.formatted(region, team))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toString();
        try {
            String ticket = agedTicket();
            for (int i = 0; i < 4; i++) {
                mvc.perform(post("/forms/lead").with(Api.from(address())).param("ticket", ticket)
                                .param("name", "Turn " + i + " " + region).param("region", region))
                        .andExpect(status().isOk());
            }
            List<UUID> owners = jdbc.sql("select owner_id from leads where region = :region order by name")
                    .param("region", region).query(UUID.class).list();
            assertThat(owners).hasSize(4).doesNotContainNull();
            assertThat(owners.get(0)).isNotEqualTo(owners.get(1));
            assertThat(owners.get(0)).isEqualTo(owners.get(2));
            assertThat(owners.get(1)).isEqualTo(owners.get(3));
            assertThat(owners).containsOnly(company.eastRep().id(), company.eastRep2().id());
        } finally {
            api.delete(company.eastManager(), "/api/v1/lead-assignment-rules/" + rule).andExpect(status().isNoContent());
        }
    }

    @Test
    void duplicatesShowWhatTheUserMaySeeAndCountTheRest() throws Exception {
        String email = "dup." + System.nanoTime() + "@example.com";
        UUID westAccount = api.account(company.westRep(), "Dup West " + System.nanoTime(), null);
        api.contact(company.westRep(), "{\"name\": \"West Person\", \"accountId\": \"" + westAccount + "\", \"email\": \"" + email + "\"}");
        UUID eastAccount = api.account(company.eastRep(), "Dup East " + System.nanoTime(), null);
        api.contact(company.eastRep(), "{\"name\": \"East Person\", \"accountId\": \"" + eastAccount + "\", \"email\": \"" + email + "\"}");
        UUID lead = lead(company.eastRep(), "{\"name\": \"Dup Lead\", \"email\": \"" + email.toUpperCase() + "\"}");
        api.get(company.eastRep(), "/api/v1/leads/" + lead + "/duplicates")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visible.length()").value(1))
                .andExpect(jsonPath("$.visible[0].name").value("East Person"))
                .andExpect(jsonPath("$.visible[0].reason").value("email"))
                .andExpect(jsonPath("$.hidden").value(1));
    }

    private UUID lead(IdentityFixtures.TestUser user, String json) throws Exception {
        return Api.idOf(api.post(user, "/api/v1/leads", json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    private long count(String sql, String name) {
        return jdbc.sql(sql).param("name", name).query(Long.class).single();
    }

    private ResultActions submit(String address, String ticket, String name, String trap) throws Exception {
        var request = post("/forms/lead").with(Api.from(address)).param("ticket", ticket).param("name", name)
                .param("company", "Web Co").param("email", "web." + System.nanoTime() + "@example.com")
                .param("interest", "<script>alert(1)</script>");
        if (trap != null) {
            request.param("website", trap);
        }
        return mvc.perform(request);
    }

    private String ticket(String address) throws Exception {
        String page = mvc.perform(get("/forms/lead").with(Api.from(address))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = TICKET.matcher(page);
        assertThat(matcher.find()).as("the form carries a ticket").isTrue();
        return matcher.group(1);
    }

    private synchronized String agedTicket() throws Exception {
        if (agedTicket == null) {
            agedTicket = ticket(address());
            agedTicketServedAt = System.currentTimeMillis();
        }
        long wait = agedTicketServedAt + 3_100 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        return agedTicket;
    }

    private static String address() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
