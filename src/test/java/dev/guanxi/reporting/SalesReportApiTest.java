package dev.guanxi.reporting;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sales summary API and page in the reader's scope, bad parameters, and the subscriptions API. */
@IntegrationTest
class SalesReportApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepGetsOnlyTheirOwnFigures() throws Exception {
        ReportFixtures team = new ReportFixtures(fixtures, api, jdbc, "Api scope").week();
        api.query(team.repA, "/api/v1/reports/sales-summary", "period", "week", "date", "2026-10-30")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reps", hasSize(1)))
                .andExpect(jsonPath("$.reps[0].ownerId").value(team.repA.id().toString()))
                .andExpect(jsonPath("$.reps[0].newDeals").value(2))
                .andExpect(jsonPath("$.total.activitiesDone").value(3));
        api.query(team.repB, "/api/v1/reports/sales-summary", "period", "month", "date", "2026-10-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-10-01"))
                .andExpect(jsonPath("$.to").value("2026-10-31"))
                .andExpect(jsonPath("$.reps", hasSize(1)))
                .andExpect(jsonPath("$.total.newDeals").value(0))
                .andExpect(jsonPath("$.total.activitiesDone").value(1));
        // the day: 27 October in Shanghai holds one new deal and one done activity of rep A
        api.query(team.manager, "/api/v1/reports/sales-summary", "period", "day", "date", "2026-10-27")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reps", hasSize(3)))
                .andExpect(jsonPath("$.total.newDeals").value(2))
                .andExpect(jsonPath("$.total.activitiesDone").value(1));
        api.page(team.repA, get("/reports/sales-summary").param("period", "week").param("date", "2026-10-30"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.not(Matchers.containsString(team.repB.id().toString()))));
    }

    @Test
    void aBadPeriodOrDateIsABadRequestInTheCallersLanguage() throws Exception {
        TestUser manager = fixtures.user("Api bad Manager", fixtures.department("Api bad", null), Role.SALES_MANAGER);
        api.perform(manager, get("/api/v1/reports/sales-summary").param("period", "year").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Give the period as day, week or month."));
        api.perform(manager, get("/api/v1/reports/sales-summary").param("period", "year").header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("周期应为 day（日）、week（周）或 month（月）。"));
        api.perform(manager, get("/api/v1/reports/sales-summary").param("date", "2026-13-45").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Give the date as YYYY-MM-DD."));
        api.page(manager, get("/reports/sales-summary").param("period", "year")).andExpect(status().isBadRequest());
    }

    @Test
    void subscriptionsDefaultForManagersAndCanBeChanged() throws Exception {
        TestUser manager = fixtures.user("Sub Manager", fixtures.department("Sub", null), Role.SALES_MANAGER);
        TestUser rep = fixtures.user("Sub Rep", manager.departmentId(), Role.SALES_REP);
        api.get(manager, "/api/v1/reports/subscriptions").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].enabled").value(false))
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.frequency == 'month')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].sendHour").value(8))
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].isDefault").value(true));
        api.get(rep, "/api/v1/reports/subscriptions").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].enabled").value(false));
        api.perform(manager, put("/api/v1/reports/subscriptions").contentType("application/json")
                        .content("{\"items\": [{\"frequency\": \"day\", \"enabled\": true, \"sendHour\": 7}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].sendHour").value(7))
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].isDefault").value(false));
        api.perform(manager, put("/api/v1/reports/subscriptions").contentType("application/json").header("Accept-Language", "en")
                        .content("{\"items\": [{\"frequency\": \"week\", \"enabled\": false}, {\"frequency\": \"day\", \"sendHour\": 24}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].sendHour"));
        // nothing of the bad request was saved
        api.get(manager, "/api/v1/reports/subscriptions")
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].sendHour").value(7));
        api.page(manager, get("/reports/subscriptions")).andExpect(status().isOk());
        api.page(manager, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/reports/subscriptions")
                        .param("month.enabled", "on").param("month.hour", "6").param("week.hour", "8").param("day.hour", "7")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        api.get(manager, "/api/v1/reports/subscriptions")
                .andExpect(jsonPath("$.items[?(@.frequency == 'week')].enabled").value(false))
                .andExpect(jsonPath("$.items[?(@.frequency == 'day')].enabled").value(false))
                .andExpect(jsonPath("$.items[?(@.frequency == 'month')].sendHour").value(6));
    }
}
