package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.sales.internal.forecast.ForecastSnapshots;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forecast against hand-computed figures in 2030-Q2, on a department of its own so other tests'
 * deals do not count; judgement figures and who may give them; snapshots and their accuracy.
 *
 * <pre>
 * Rep One: A 100,000.00 CNY 30% commit    closes 2030-05-15 → weighted 30,000
 *          B  33,333.33 CNY 15% best case closes 2030-06-30 → weighted 4,999.9995
 *          C   5,000.00 USD 50% pipeline  closes 2030-04-01 → weighted 2,500
 *          D   7,000.00 CNY omitted       closes 2030-05-01 → not counted
 *          E   9,000.00 CNY 40% commit    closes 2030-07-01 → next quarter
 *          F  20,000.00 CNY won on 2030-05-20
 * Rep Two: G  10,000.00 CNY 50% commit    closes 2030-04-30 → weighted 5,000
 * Q2 Rep One CNY: pipeline 133,333.33, weighted 34,999.9995 → 35,000.00, best case 133,333.33,
 *                 commit 100,000.00, won 20,000.00; USD: pipeline 5,000.00, weighted 2,500.00.
 * Department CNY: pipeline 143,333.33, weighted 40,000.00, best case 143,333.33, commit 110,000.00.
 * </pre>
 */
@IntegrationTest
class ForecastApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ForecastSnapshots snapshots;
    @Autowired
    Scheduler scheduler;

    UUID department;
    TestUser manager;
    TestUser repOne;
    TestUser repTwo;
    TestUser otherManager;

    @BeforeEach
    void team() throws Exception {
        department = fixtures.department("Forecast team", null);
        manager = fixtures.user("Forecast Manager", department, Role.SALES_MANAGER);
        repOne = fixtures.user("Forecast Rep One", department, Role.SALES_REP);
        repTwo = fixtures.user("Forecast Rep Two", department, Role.SALES_REP);
        otherManager = fixtures.user("Other Forecast Manager", fixtures.department("Forecast elsewhere", null),
                Role.SALES_MANAGER);
    }

    private void deals() throws Exception {
        UUID account = api.account(repOne, "Forecast Customer " + System.nanoTime(), null);
        UUID accountTwo = api.account(repTwo, "Forecast Customer Two " + System.nanoTime(), null);
        deal(repOne, account, "A", "100000", "CNY", 30, "commit", "2030-05-15");
        deal(repOne, account, "B", "33333.33", "CNY", 15, "best_case", "2030-06-30");
        deal(repOne, account, "C", "5000", "USD", 50, "pipeline", "2030-04-01");
        deal(repOne, account, "D", "7000", "CNY", 60, "omitted", "2030-05-01");
        deal(repOne, account, "E", "9000", "CNY", 40, "commit", "2030-07-01");
        UUID won = deal(repOne, account, "F", "20000", "CNY", 50, "commit", "2030-05-20");
        api.post(repOne, "/api/v1/opportunities/" + won + "/close", "{\"status\":\"won\",\"winReason\":\"price\"}")
                .andExpect(status().isOk());
        jdbc.sql("update opportunities set close_date = date '2030-05-20' where id = :id").param("id", won).update();
        deal(repTwo, accountTwo, "G", "10000", "CNY", 50, "commit", "2030-04-30");
    }

    private UUID deal(TestUser owner, UUID account, String name, String amount, String currency, int probability,
                      String category, String closes) throws Exception {
        return Api.idOf(api.post(owner, "/api/v1/opportunities", """
                        {"name": "%s", "accountId": "%s", "amount": "%s", "currency": "%s", "probability": %d,
                         "forecastCategory": "%s", "expectedCloseDate": "%s"}
                        """.formatted(name, account, amount, currency, probability, category, closes))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.forecastCategory").value(category))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theForecastAddsUpEachRepAndDepartmentPerCurrency() throws Exception {
        deals();
        String rep1 = "$.periods[0].reps[?(@.ownerId=='" + repOne.id() + "')]";
        api.query(manager, "/api/v1/reports/forecast", "period", "2030-Q2", "departmentId", "mine")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.granularity").value("quarter"))
                .andExpect(jsonPath("$.periods[0].period").value("2030-Q2"))
                .andExpect(jsonPath("$.periods[0].from").value("2030-04-01"))
                .andExpect(jsonPath("$.periods[0].to").value("2030-06-30"))
                .andExpect(jsonPath("$.periods[0].reps", hasSize(3)))
                .andExpect(jsonPath(rep1 + ".figures[0].currency").value(Matchers.contains("CNY")))
                .andExpect(jsonPath(rep1 + ".figures[0].pipeline").value(Matchers.contains("133333.33")))
                .andExpect(jsonPath(rep1 + ".figures[0].weighted").value(Matchers.contains("35000.00")))
                .andExpect(jsonPath(rep1 + ".figures[0].bestCase").value(Matchers.contains("133333.33")))
                .andExpect(jsonPath(rep1 + ".figures[0].committed").value(Matchers.contains("100000.00")))
                .andExpect(jsonPath(rep1 + ".figures[0].closedWon").value(Matchers.contains("20000.00")))
                .andExpect(jsonPath(rep1 + ".figures[1].currency").value(Matchers.contains("USD")))
                .andExpect(jsonPath(rep1 + ".figures[1].pipeline").value(Matchers.contains("5000.00")))
                .andExpect(jsonPath(rep1 + ".figures[1].weighted").value(Matchers.contains("2500.00")))
                .andExpect(jsonPath(rep1 + ".figures[1].committed").value(Matchers.contains("0.00")))
                .andExpect(jsonPath("$.periods[0].departments[0].departmentId").value(department.toString()))
                .andExpect(jsonPath("$.periods[0].departments[0].figures[0].pipeline").value("143333.33"))
                .andExpect(jsonPath("$.periods[0].departments[0].figures[0].weighted").value("40000.00"))
                .andExpect(jsonPath("$.periods[0].departments[0].figures[0].committed").value("110000.00"))
                .andExpect(jsonPath("$.periods[0].departments[0].figures[0].closedWon").value("20000.00"))
                .andExpect(jsonPath("$.periods[0].total[0].currency").value("CNY"))
                .andExpect(jsonPath("$.periods[0].total[1].currency").value("USD"));

        // month by month: May holds A (the omitted D is left out) and the win F
        api.query(repOne, "/api/v1/reports/forecast", "from", "2030-05-01", "to", "2030-06-30", "granularity", "month")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[*].period").value(Matchers.contains("2030-05", "2030-06")))
                .andExpect(jsonPath("$.periods[0].reps", hasSize(1)))
                .andExpect(jsonPath("$.periods[0].reps[0].figures[0].pipeline").value("100000.00"))
                .andExpect(jsonPath("$.periods[0].reps[0].figures[0].weighted").value("30000.00"))
                .andExpect(jsonPath("$.periods[0].reps[0].figures[0].closedWon").value("20000.00"))
                .andExpect(jsonPath("$.periods[1].reps[0].figures[0].weighted").value("5000.00"));

        // a rep sees only their own line; another department's manager sees nothing of this one
        api.query(repTwo, "/api/v1/reports/forecast", "period", "2030-Q2")
                .andExpect(jsonPath("$.periods[0].reps", hasSize(1)))
                .andExpect(jsonPath("$.periods[0].reps[0].ownerId").value(repTwo.id().toString()))
                .andExpect(jsonPath("$.periods[0].total[0].weighted").value("5000.00"));
        api.query(otherManager, "/api/v1/reports/forecast", "period", "2030-Q2", "departmentId", department.toString())
                .andExpect(jsonPath("$.periods[0].reps", hasSize(0)))
                .andExpect(jsonPath("$.periods[0].total", hasSize(0)));
        api.query(otherManager, "/api/v1/reports/forecast", "period", "2030-Q2", "ownerId", repOne.id().toString())
                .andExpect(jsonPath("$.periods[0].total", hasSize(0)));
    }

    @Test
    void badPeriodsAreClearErrorsInBothLanguages() throws Exception {
        api.perform(manager, get("/api/v1/reports/forecast").param("period", "2030-Q5").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.detail").value(containsString("2026-Q4")));
        api.perform(manager, get("/api/v1/reports/forecast").param("period", "2030-13").header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("期间格式")));
        api.query(manager, "/api/v1/reports/forecast", "granularity", "week").andExpect(status().isBadRequest());
        api.query(manager, "/api/v1/reports/forecast", "from", "2020-01-01", "to", "2030-01-01")
                .andExpect(status().isBadRequest());
        api.query(manager, "/api/v1/reports/forecast", "ownerId", "not-a-uuid").andExpect(status().isBadRequest());
    }

    @Test
    void managersGiveJudgementFiguresWithinTheirDepartmentsAndKeepTheHistory() throws Exception {
        String body = "{\"period\": \"2030-Q2\", \"ownerId\": \"" + repOne.id() + "\", \"amount\": \"90000\", \"currency\": \"CNY\", \"note\": \"cautious\"}";
        api.perform(repOne, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        api.perform(otherManager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        api.perform(otherManager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2030-Q2\", \"departmentId\": \"" + department + "\", \"amount\": \"1\", \"currency\": \"CNY\"}"))
                .andExpect(status().isNotFound());
        assertThat(overrides()).isZero();

        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value("90000.00"))
                .andExpect(jsonPath("$.setBy").value(manager.id().toString()))
                .andExpect(jsonPath("$.note").value("cautious"));
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("90000", "95000.50").replace("cautious", "signed soon")))
                .andExpect(status().isOk());
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2030-Q2\", \"departmentId\": \"" + department + "\", \"amount\": \"150000\", \"currency\": \"CNY\"}"))
                .andExpect(status().isOk());

        api.query(manager, "/api/v1/forecast/overrides", "period", "2030-Q2", "ownerId", repOne.id().toString())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].amount").value("95000.50"))
                .andExpect(jsonPath("$.items[1].amount").value("90000.00"));
        api.query(manager, "/api/v1/reports/forecast", "period", "2030-Q2", "departmentId", "mine")
                .andExpect(jsonPath("$.periods[0].reps[?(@.ownerId=='" + repOne.id() + "')].override.amount")
                        .value(Matchers.contains("95000.50")))
                .andExpect(jsonPath("$.periods[0].departments[0].override.amount").value("150000.00"));
        // the rep sees the figure on their own line; the other manager cannot read its history
        api.query(repOne, "/api/v1/reports/forecast", "period", "2030-Q2")
                .andExpect(jsonPath("$.periods[0].reps[0].override.note").value("signed soon"));
        api.query(otherManager, "/api/v1/forecast/overrides", "period", "2030-Q2", "ownerId", repOne.id().toString())
                .andExpect(status().isNotFound());

        // invalid figures change nothing and say why in the caller's language
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(body.replace("90000", "-5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("Must not be negative."));
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN").content(body.replace("2030-Q2", "2030-Q9")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.detail").value(containsString("期间格式")));
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"CNY\"", "\"XYZ1\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        api.perform(manager, put("/api/v1/forecast/overrides").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2030-Q2\", \"amount\": \"1\", \"currency\": \"CNY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
        assertThat(overrides()).isEqualTo(3);
    }

    private long overrides() {
        return jdbc.sql("select count(*) from forecast_overrides where subject_id in (:ids)")
                .param("ids", java.util.List.of(repOne.id(), department)).query(Long.class).single();
    }

    @Test
    void snapshotsAreHeldAgainstWhatWasWon() throws Exception {
        deals();
        snapshots.take(LocalDate.of(2030, 5, 10));
        snapshots.take(LocalDate.of(2030, 5, 10)); // a repeated run replaces, never duplicates
        assertThat(jdbc.sql("""
                        select count(*) from forecast_snapshots where owner_id = :rep and snapshot_date = date '2030-05-10'
                        and granularity = 'quarter' and period_start = date '2030-04-01'
                        """).param("rep", repOne.id()).query(Long.class).single()).isEqualTo(2); // CNY and USD
        assertThat(jdbc.sql("""
                        select weighted from forecast_snapshots where owner_id = :rep and snapshot_date = date '2030-05-10'
                        and granularity = 'quarter' and period_start = date '2030-04-01' and currency = 'CNY'
                        """).param("rep", repOne.id()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("35000.00");
        // the current and the next period: Q3 holds deal E
        assertThat(jdbc.sql("""
                        select committed from forecast_snapshots where owner_id = :rep and snapshot_date = date '2030-05-10'
                        and granularity = 'quarter' and period_start = date '2030-07-01'
                        """).param("rep", repOne.id()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("9000.00");

        String rep1 = "$.reps[?(@.ownerId=='" + repOne.id() + "' && @.currency=='CNY')]";
        String rep2 = "$.reps[?(@.ownerId=='" + repTwo.id() + "')]";
        api.query(manager, "/api/v1/reports/forecast-accuracy", "period", "2030-Q2", "departmentId", "mine")
                .andExpect(status().isOk())
                .andExpect(jsonPath(rep1 + ".snapshotDate").value(Matchers.contains("2030-05-10")))
                .andExpect(jsonPath(rep1 + ".weighted").value(Matchers.contains("35000.00")))
                .andExpect(jsonPath(rep1 + ".actual").value(Matchers.contains("20000.00")))
                .andExpect(jsonPath(rep1 + ".weightedErrorPercent").value(Matchers.contains("75.0")))
                .andExpect(jsonPath(rep1 + ".committedErrorPercent").value(Matchers.contains("400.0")))
                .andExpect(jsonPath(rep2 + ".actual").value(Matchers.contains("0.00")))
                .andExpect(jsonPath(rep2 + ".weightedErrorPercent").value(Matchers.contains(nullValue())))
                .andExpect(jsonPath("$.departments[?(@.currency=='CNY')].weighted").value(Matchers.contains("40000.00")))
                .andExpect(jsonPath("$.departments[?(@.currency=='CNY')].weightedErrorPercent").value(Matchers.contains("100.0")))
                .andExpect(jsonPath("$.departments[?(@.currency=='CNY')].committedErrorPercent").value(Matchers.contains("450.0")));
        api.query(otherManager, "/api/v1/reports/forecast-accuracy", "period", "2030-Q2", "departmentId", department.toString())
                .andExpect(jsonPath("$.reps", hasSize(0)));

        // the weekly job is registered in the clustered store; administrators may take a snapshot at once
        assertThat(scheduler.getJobDetail(JobKey.jobKey("forecast-snapshot", "sales"))).isNotNull();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("forecast-snapshot", "sales"))).isNotNull();
        api.post(manager, "/api/v1/forecast/snapshots", "{}").andExpect(status().isForbidden());
        api.post(fixtures.user("Forecast Admin", null, Role.ADMIN), "/api/v1/forecast/snapshots", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").isNumber());
    }

    @Test
    void theForecastCategoryIsEditedOnTheDealAndThePagesWork() throws Exception {
        UUID account = api.account(repOne, "Category Customer " + System.nanoTime(), null);
        UUID deal = deal(repOne, account, "Category deal", "1000", "CNY", 20, "pipeline", "2030-05-02");
        api.perform(repOne, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/opportunities/" + deal)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"forecastCategory\": \"maybe\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("forecastCategory"));
        api.patch(repOne, "/api/v1/opportunities/" + deal, "{\"forecastCategory\": \"best_case\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.forecastCategory").value("best_case"));
        api.patch(repOne, "/api/v1/opportunities/" + deal, "{\"name\": \"Category deal renamed\"}")
                .andExpect(jsonPath("$.forecastCategory").value("best_case"));
        api.page(repOne, get("/opportunities/" + deal + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"forecastCategory\"")));

        api.page(manager, get("/forecast").param("period", "2030-05")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Forecast Rep One")))
                .andExpect(content().string(containsString("name=\"amount\"")));
        api.page(repOne, get("/forecast").param("period", "2030-05").param("granularity", "quarter"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2030-Q2")))
                .andExpect(content().string(Matchers.not(containsString("name=\"amount\""))));
        api.page(manager, post("/forecast/overrides").with(csrf()).header("HX-Request", "true")
                        .param("period", "2030-05").param("unitType", "user").param("unitId", repOne.id().toString())
                        .param("amount", "1234.5").param("currency", "CNY").param("note", "<script>x</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"gx-forecast\"")))
                .andExpect(content().string(containsString("1,234.5")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(Matchers.not(containsString("<html"))));
        api.page(manager, post("/forecast/overrides").with(csrf()).header("HX-Request", "true")
                        .param("period", "2030-05").param("unitType", "user").param("unitId", repOne.id().toString())
                        .param("amount", "-1").param("currency", "CNY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Must not be negative.")));
        api.page(repOne, post("/forecast/overrides").with(csrf())
                        .param("period", "2030-05").param("unitType", "user").param("unitId", repOne.id().toString())
                        .param("amount", "1").param("currency", "CNY"))
                .andExpect(status().isForbidden());
        api.page(manager, get("/forecast/accuracy")).andExpect(status().isOk());
    }
}
