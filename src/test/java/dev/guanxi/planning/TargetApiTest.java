package dev.guanxi.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.time.ZoneId;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Targets and plan against actual in May 2030, for people in Shanghai (UTC+8), against hand-computed
 * figures:
 * <pre>
 * Rep One: won 20,000 CNY (20 May) and 1,000 USD; won 5,000 CNY on 1 June (not May)
 *          accounts: one made 2030-04-30 16:30 UTC = 1 May 00:30 Shanghai (counts),
 *                    one made 2030-05-31 17:00 UTC = 1 June 01:00 Shanghai (does not)
 *          activities done: 1 May 00:10 Shanghai, 15 May, 31 May 23:50 Shanghai (3); 1 June 00:05 Shanghai (no);
 *                           one cancelled in May (no)
 * Rep Two: won 10,000 CNY; activities done: 2 in May
 * Target Rep One 40,000 CNY / 2 customers / 4 activities → 50% / 50% / 75%
 * Department 100,000 / 5 / 10 → 30,000 = 30% / 1 = 20% / 5 = 50%;  team (Rep One) 50,000 → 40%
 * </pre>
 */
@IntegrationTest
class TargetApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    UUID department;
    UUID team;
    TestUser manager;
    TestUser repOne;
    TestUser repTwo;
    TestUser otherManager;

    @BeforeEach
    void people() {
        department = fixtures.department("Plan team", null);
        manager = fixtures.user("Plan Manager", department, Role.SALES_MANAGER);
        repOne = fixtures.user("Plan Rep One", department, Role.SALES_REP);
        repTwo = fixtures.user("Plan Rep Two", department, Role.SALES_REP);
        otherManager = fixtures.user("Other Plan Manager", fixtures.department("Plan elsewhere", null), Role.SALES_MANAGER);
        team = UuidV7.next();
        jdbc.sql("insert into teams (id, name, department_id) values (:id, :name, :department)")
                .param("id", team).param("name", "Plan squad " + team).param("department", department).update();
        jdbc.sql("insert into team_members (team_id, user_id) values (:team, :user)")
                .param("team", team).param("user", repOne.id()).update();
    }

    private void achievements() throws Exception {
        UUID account = api.account(repOne, "Plan Customer " + System.nanoTime(), null);
        UUID accountTwo = api.account(repTwo, "Plan Customer Two " + System.nanoTime(), null);
        won(repOne, account, "20000", "CNY", "2030-05-20");
        won(repOne, account, "1000", "USD", "2030-05-21");
        won(repOne, account, "5000", "CNY", "2030-06-01");
        won(repTwo, accountTwo, "10000", "CNY", "2030-05-31");
        newAccount(repOne, "2030-04-30T16:30:00Z");
        newAccount(repOne, "2030-05-31T17:00:00Z");
        done(repOne, account, "2030-04-30T16:10:00Z", "done");
        done(repOne, account, "2030-05-15T08:00:00Z", "done");
        done(repOne, account, "2030-05-31T15:50:00Z", "done");
        done(repOne, account, "2030-05-31T16:05:00Z", "done");
        done(repOne, account, "2030-05-10T08:00:00Z", "cancelled");
        done(repTwo, accountTwo, "2030-05-03T08:00:00Z", "done");
        done(repTwo, accountTwo, "2030-05-04T08:00:00Z", "done");
    }

    private void won(TestUser owner, UUID account, String amount, String currency, String closed) throws Exception {
        UUID deal = Api.idOf(api.post(owner, "/api/v1/opportunities", "{\"name\": \"Plan deal\", \"accountId\": \"" + account
                + "\", \"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        api.post(owner, "/api/v1/opportunities/" + deal + "/close", "{\"status\": \"won\"}").andExpect(status().isOk());
        jdbc.sql("update opportunities set close_date = cast(:closed as date) where id = :id")
                .param("closed", closed).param("id", deal).update();
    }

    private void newAccount(TestUser owner, String createdAt) throws Exception {
        UUID account = api.account(owner, "Plan New Customer " + System.nanoTime(), null);
        jdbc.sql("update accounts set created_at = cast(:at as timestamptz) where id = :id")
                .param("at", createdAt).param("id", account).update();
    }

    private void done(TestUser owner, UUID account, String endedAt, String status) throws Exception {
        UUID activity = Api.idOf(api.post(owner, "/api/v1/activities", "{\"type\": \"call_outbound\", \"subject\": \"Plan call\", "
                + "\"accountId\": \"" + account + "\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        jdbc.sql("""
                        update activities set status = :status, actual_start = cast(:at as timestamptz) - interval '10 minutes',
                        actual_end = cast(:at as timestamptz) where id = :id
                        """).param("status", status).param("at", endedAt).param("id", activity).update();
    }

    private String targets() {
        return """
                {"period": "2030-05", "targets": [
                  {"ownerId": "%s", "revenue": "40000", "currency": "CNY", "newCustomers": 2, "activities": 4},
                  {"departmentId": "%s", "revenue": "100000", "newCustomers": 5, "activities": 10},
                  {"teamId": "%s", "revenue": "50000"}]}
                """.formatted(repOne.id(), department, team);
    }

    @Test
    void planAgainstActualCountsWhatEachRepTeamAndDepartmentAchievedInThePeriod() throws Exception {
        achievements();
        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).content(targets()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)));

        api.query(repOne, "/api/v1/targets", "period", "2030-05")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].type").value("user"))
                .andExpect(jsonPath("$.items[0].revenue").value("40000.00"))
                .andExpect(jsonPath("$.items[0].actual.revenue").value("20000.00"))
                .andExpect(jsonPath("$.items[0].actual.otherRevenue[0].amount").value("1000.00"))
                .andExpect(jsonPath("$.items[0].actual.otherRevenue[0].currency").value("USD"))
                .andExpect(jsonPath("$.items[0].actual.newCustomers").value(1))
                .andExpect(jsonPath("$.items[0].actual.activities").value(3))
                .andExpect(jsonPath("$.items[0].progress.revenuePercent").value(50))
                .andExpect(jsonPath("$.items[0].progress.newCustomersPercent").value(50))
                .andExpect(jsonPath("$.items[0].progress.activitiesPercent").value(75));

        String dept = "$.items[?(@.type=='department' && @.unitId=='" + department + "')]";
        String squad = "$.items[?(@.type=='team' && @.unitId=='" + team + "')]";
        api.query(manager, "/api/v1/targets", "period", "2030-05")
                .andExpect(jsonPath(dept + ".actual.revenue").value(Matchers.contains("30000.00")))
                .andExpect(jsonPath(dept + ".progress.revenuePercent").value(Matchers.contains(30)))
                .andExpect(jsonPath(dept + ".actual.newCustomers").value(Matchers.contains(1)))
                .andExpect(jsonPath(dept + ".progress.newCustomersPercent").value(Matchers.contains(20)))
                .andExpect(jsonPath(dept + ".actual.activities").value(Matchers.contains(5)))
                .andExpect(jsonPath(dept + ".progress.activitiesPercent").value(Matchers.contains(50)))
                .andExpect(jsonPath(squad + ".progress.revenuePercent").value(Matchers.contains(40)))
                .andExpect(jsonPath(squad + ".progress.activitiesPercent").value(Matchers.contains(Matchers.nullValue())));
        api.query(manager, "/api/v1/targets", "period", "2030-05", "departmentId", department.toString())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].progress.revenuePercent").value(30));
        // June: the June win and the account made at 01:00 on 1 June in Shanghai, no target
        api.query(repOne, "/api/v1/targets", "period", "2030-06")
                .andExpect(jsonPath("$.items[0].revenue").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.items[0].actual.revenue").value("5000.00"))
                .andExpect(jsonPath("$.items[0].actual.newCustomers").value(1))
                .andExpect(jsonPath("$.items[0].actual.activities").value(1));
        // setting again replaces the target
        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"period\": \"2030-05\", \"targets\": [{\"ownerId\": \"" + repOne.id() + "\", \"revenue\": \"80000\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].progress.revenuePercent").value(25));
        assertThat(jdbc.sql("select count(*) from sales_targets where subject_id = :id").param("id", repOne.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyManagersSetTargetsAndOnlyWithinTheirScope() throws Exception {
        api.perform(repOne, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).content(targets()))
                .andExpect(status().isForbidden());
        api.perform(otherManager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).content(targets()))
                .andExpect(status().isNotFound());
        api.query(otherManager, "/api/v1/targets", "period", "2030-05", "ownerId", repOne.id().toString())
                .andExpect(status().isNotFound());
        api.query(repOne, "/api/v1/targets", "period", "2030-05", "ownerId", repTwo.id().toString())
                .andExpect(status().isNotFound());
        assertThat(saved()).isZero();

        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(targets().replace("\"40000\"", "\"-1\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].revenue"))
                .andExpect(jsonPath("$.errors[0].message").value("Must not be negative."));
        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN")
                        .content(targets().replace("\"activities\": 10", "\"activities\": -3")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[1].activities"))
                .andExpect(jsonPath("$.errors[0].message").value("不能为负数。"));
        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(targets().replace("2030-05", "2030-Q7")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.detail").value(containsString("2026-Q4")));
        api.perform(manager, get("/api/v1/targets").param("period", "May 2030").header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("期间格式")));
        api.perform(manager, put("/api/v1/targets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2030-05\", \"targets\": [{\"revenue\": \"1\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].ownerId"));
        assertThat(saved()).isZero();
    }

    private long saved() {
        return jdbc.sql("select count(*) from sales_targets where subject_id in (:ids)")
                .param("ids", java.util.List.of(repOne.id(), department, team)).query(Long.class).single();
    }

    @Test
    void theTargetPagesAndTheHomeWidget() throws Exception {
        String month = SalesPeriod.current(SalesPeriod.Granularity.MONTH, ZoneId.of("Asia/Shanghai")).code();
        api.page(repOne, get("/")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString("My targets"))));
        api.page(manager, get("/targets/edit").param("period", month)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan Rep One")));
        api.page(manager, post("/targets/edit").with(csrf()).param("period", month)
                        .param("rows[0].unitType", "user").param("rows[0].unitId", repOne.id().toString())
                        .param("rows[0].revenue", "abc").param("rows[0].currency", "CNY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At most 16 digits and 2 decimals.")));
        api.page(manager, post("/targets/edit").with(csrf()).param("period", month)
                        .param("rows[0].unitType", "user").param("rows[0].unitId", repOne.id().toString())
                        .param("rows[0].revenue", "50000").param("rows[0].currency", "CNY")
                        .param("rows[0].activities", "20"))
                .andExpect(redirectedUrl("/targets?period=" + month));
        api.page(repOne, get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("My targets")))
                .andExpect(content().string(containsString("CNY 50,000")));
        api.page(repOne, get("/targets")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan Rep One")))
                .andExpect(content().string(Matchers.not(containsString("Plan Rep Two"))));
        api.page(manager, get("/targets").param("period", month).param("granularity", "quarter")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan Rep Two")));
        api.page(repOne, get("/targets/edit")).andExpect(status().isForbidden());
        api.page(repOne, post("/targets/edit").with(csrf()).param("period", month)
                .param("rows[0].unitType", "user").param("rows[0].unitId", repOne.id().toString())
                .param("rows[0].revenue", "1")).andExpect(status().isForbidden());
    }
}
