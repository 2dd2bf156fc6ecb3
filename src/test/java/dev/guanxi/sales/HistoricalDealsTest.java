package dev.guanxi.sales;

import static dev.guanxi.sales.internal.HistoricalDeals.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.identity.Role;
import dev.guanxi.sales.internal.Attitude;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.HistoricalDeals;
import dev.guanxi.sales.internal.HistoricalDeals.Deal;
import dev.guanxi.sales.internal.Influence;
import dev.guanxi.sales.internal.Opportunity;
import dev.guanxi.sales.internal.OpportunitySource;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deals recorded as they happened in the past (an import from another CRM): a deal imported as won on
 * 2017-03-01 is won then — close date, stage history, creation — and counts in the funnel for 2017,
 * not for today; a history that cannot have happened is refused before anything is written.
 */
@IntegrationTest
class HistoricalDealsTest {

    @Autowired
    HistoricalDeals historicalDeals;
    @Autowired
    Competitors competitors;
    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    TestUser manager;
    TestUser rep;
    UUID department;
    UUID account;

    @BeforeEach
    void team() throws Exception {
        department = fixtures.department("Import team", null);
        manager = fixtures.user("Import Manager", department, Role.SALES_MANAGER);
        rep = fixtures.user("Import Rep", department, Role.SALES_REP);
        account = api.account(rep, "Imported Customer " + System.nanoTime(), null);
    }

    /*
     * Won:  opened 2016-11-15 (initial_contact) → needs 2016-12-20 → negotiation 2017-02-06 → won 2017-03-01
     * Lost: opened 2017-01-09 (initial_contact) → interest 2017-02-01 → lost 2017-06-30
     */
    @Test
    void aDealImportedAsWonOnTheFirstOfMarch2017CountsAsWonThen() throws Exception {
        Opportunity won = historicalDeals.record(Deal.of("2017年度果葡糖浆采购", account).owner(rep.id())
                .externalId("OLD-CRM-" + System.nanoTime()).amount(new BigDecimal("365000.00"))
                .expectedClose(LocalDate.of(2017, 3, 31)).source(OpportunitySource.REFERRAL)
                .opened("initial_contact", on(LocalDate.of(2016, 11, 15)), rep.id())
                .movedTo("needs", on(LocalDate.of(2016, 12, 20)), rep.id())
                .movedTo("negotiation", on(LocalDate.of(2017, 2, 6)), rep.id())
                .won(on(LocalDate.of(2017, 3, 1)), rep.id(), "价格和交期优势"));
        Opportunity lost = historicalDeals.record(Deal.of("Annual sorbitol supply", account).owner(rep.id())
                .currency("USD").line(null, "Sorbitol 70%", new BigDecimal("200"), new BigDecimal("800"), new BigDecimal("5"))
                .opened("initial_contact", on(LocalDate.of(2017, 1, 9)), rep.id())
                .movedTo("interest", on(LocalDate.of(2017, 2, 1)), rep.id())
                .lost(on(LocalDate.of(2017, 6, 30)), rep.id(), "价格高于竞争对手"));

        Map<String, Object> row = jdbc.sql("""
                        select status, close_date, created_at, updated_at, stage_entered_at, probability, win_reason,
                               department_id, owner_id from opportunities where id = :id""")
                .param("id", won.getId()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("won");
        assertThat(row.get("close_date").toString()).isEqualTo("2017-03-01");
        assertThat(instant(row.get("created_at"))).isEqualTo(Instant.parse("2016-11-15T12:00:00Z"));
        assertThat(instant(row.get("stage_entered_at"))).isEqualTo(Instant.parse("2017-03-01T12:00:00Z"));
        assertThat(instant(row.get("updated_at"))).as("last changed when it was won").isEqualTo(Instant.parse("2017-03-01T12:00:00Z"));
        assertThat(row.get("probability")).isEqualTo(100);
        assertThat(row.get("win_reason")).isEqualTo("价格和交期优势");
        assertThat(row.get("department_id")).as("counts in the owner's department").isEqualTo(department);

        api.get(rep, "/api/v1/opportunities/" + won.getId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("won"))
                .andExpect(jsonPath("$.stage").value("won"))
                .andExpect(jsonPath("$.closeDate").value("2017-03-01"));
        String history = api.get(rep, "/api/v1/opportunities/" + won.getId() + "/stage-history")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].fromStage").doesNotExist())
                .andExpect(jsonPath("$[0].toStage").value("initial_contact"))
                .andExpect(jsonPath("$[1].fromStage").value("initial_contact"))
                .andExpect(jsonPath("$[3].fromStage").value("negotiation"))
                .andExpect(jsonPath("$[3].toStage").value("won"))
                .andExpect(jsonPath("$[3].changedBy").value(rep.id().toString()))
                .andExpect(jsonPath("$[3].amount").value("365000.00"))
                .andReturn().getResponse().getContentAsString();
        List<String> times = JsonPath.read(history, "$[*].changedAt");
        assertThat(times.stream().map(t -> OffsetDateTime.parse(t).toInstant()).toList()).containsExactly(
                Instant.parse("2016-11-15T12:00:00Z"), Instant.parse("2016-12-20T12:00:00Z"),
                Instant.parse("2017-02-06T12:00:00Z"), Instant.parse("2017-03-01T12:00:00Z"));
        api.get(rep, "/api/v1/opportunities/" + lost.getId()).andExpect(jsonPath("$.status").value("lost"))
                .andExpect(jsonPath("$.amount").value("152000.00"))
                .andExpect(jsonPath("$.closeDate").value("2017-06-30"))
                .andExpect(jsonPath("$.lossReason").value("价格高于竞争对手"));

        // 2017: one won (365,000 CNY, 106 days from opening), one lost at "interest"; what was entered in 2017 is reached
        api.query(manager, "/api/v1/reports/funnel", "departmentId", "mine", "from", "2017-01-01", "to", "2017-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.won").value(1))
                .andExpect(jsonPath("$.lost").value(1))
                .andExpect(jsonPath("$.winRate").value(closeTo(0.5, 0.0001)))
                .andExpect(jsonPath("$.wonAmount[0].amount").value("365000.00"))
                .andExpect(jsonPath("$.averageSalesCycleDays").value(closeTo(106.0, 0.01)))
                .andExpect(jsonPath("$.stages[0].stage").value("initial_contact"))
                .andExpect(jsonPath("$.stages[0].reached").value(1))
                .andExpect(jsonPath("$.stages[1].stage").value("interest"))
                .andExpect(jsonPath("$.stages[1].reached").value(1))
                .andExpect(jsonPath("$.stages[1].lostHere").value(1))
                .andExpect(jsonPath("$.stages[1].averageDaysInStage").value(closeTo(149.0, 0.01)))
                .andExpect(jsonPath("$.stages[3].stage").value("needs"))
                .andExpect(jsonPath("$.stages[3].reached").value(0))
                .andExpect(jsonPath("$.stages[8].stage").value("negotiation"))
                .andExpect(jsonPath("$.stages[8].reached").value(1))
                .andExpect(jsonPath("$.stages[8].conversionToNext").value(closeTo(1.0, 0.0001)))
                .andExpect(jsonPath("$.stages[8].averageDaysInStage").value(closeTo(23.0, 0.01)));
        // 2016 saw the won deal opened and its needs identified, but nothing closed
        api.query(manager, "/api/v1/reports/funnel", "departmentId", "mine", "from", "2016-01-01", "to", "2016-12-31")
                .andExpect(jsonPath("$.won").value(0))
                .andExpect(jsonPath("$.lost").value(0))
                .andExpect(jsonPath("$.stages[0].reached").value(1))
                .andExpect(jsonPath("$.stages[3].reached").value(1));
        // and today's figures do not count it
        api.query(manager, "/api/v1/reports/funnel", "departmentId", "mine", "from", LocalDate.now().minusDays(30).toString())
                .andExpect(jsonPath("$.won").value(0))
                .andExpect(jsonPath("$.stages[0].reached").value(0));
    }

    @Test
    void theCommitteeAndTheCompetitorsComeAlongWithTheirDates() throws Exception {
        UUID contact = api.contact(rep, "{\"name\":\"王建华\",\"title\":\"采购总监\",\"accountId\":\"" + account + "\"}");
        UUID rival = competitors.create("Imported Rival " + System.nanoTime(), null, null).getId();
        Instant opened = Instant.parse("2018-05-02T03:00:00Z");
        Opportunity deal = historicalDeals.record(Deal.of("镀锌板年度采购", account).owner(rep.id())
                .opened("interest", opened, rep.id())
                .movedTo("solution", Instant.parse("2018-06-11T02:30:00Z"), rep.id())
                .member(contact, Influence.ECONOMIC, Attitude.SUPPORTER, "最终拍板人", Instant.parse("2018-05-10T08:00:00Z"))
                .competitor(new HistoricalDeals.Rival(rival, "钢厂直供资源", "交期慢", "可打包加工配送", "可能锁价抢单",
                        new Competitors.Scores(-1, 0, 2, 1, null), null)));

        assertThat(deal.isOpen()).isTrue();
        assertThat(deal.getCreatedAt()).isEqualTo(opened);
        assertThat(deal.getStageEnteredAt()).isEqualTo(Instant.parse("2018-06-11T02:30:00Z"));
        assertThat(deal.getCloseDate()).isNull();
        assertThat(deal.getProbability()).isEqualTo(50);
        api.get(rep, "/api/v1/opportunities/" + deal.getId() + "/contacts")
                .andExpect(jsonPath("$.members[0].contactId").value(contact.toString()))
                .andExpect(jsonPath("$.members[0].influence").value("economic"))
                .andExpect(jsonPath("$.members[0].attitude").value("supporter"))
                .andExpect(jsonPath("$.warnings").value(org.hamcrest.Matchers.contains("no-coach")));
        api.get(rep, "/api/v1/opportunities/" + deal.getId() + "/competitors")
                .andExpect(jsonPath("$[0].competitorId").value(rival.toString()))
                .andExpect(jsonPath("$[0].strengths").value("钢厂直供资源"));
        assertThat(instant(jdbc.sql("select created_at from opportunity_contacts where opportunity_id = :id")
                .param("id", deal.getId()).query().singleValue())).isEqualTo(Instant.parse("2018-05-10T08:00:00Z"));
        assertThat(instant(jdbc.sql("select created_at from opportunity_competitors where opportunity_id = :id")
                .param("id", deal.getId()).query().singleValue())).as("analysed when opened, unless said otherwise")
                .isEqualTo(opened);
    }

    @Test
    void aHistoryThatCannotHaveHappenedIsRefusedBeforeAnythingIsWritten() {
        String name = "Impossible " + System.nanoTime();
        Instant march = on(LocalDate.of(2017, 3, 1));
        Instant april = on(LocalDate.of(2017, 4, 1));
        Map<String, Supplier<Deal>> impossible = Map.of(
                "steps in time order", () -> Deal.of(name, account).owner(rep.id())
                        .opened("initial_contact", april, rep.id()).movedTo("needs", march, rep.id()),
                "no step in the future", () -> Deal.of(name, account).owner(rep.id())
                        .opened("initial_contact", Instant.now().plus(1, ChronoUnit.DAYS), rep.id()),
                "a reason for the loss", () -> Deal.of(name, account).owner(rep.id())
                        .opened("initial_contact", march, rep.id()).lost(april, rep.id(), " "),
                "a stage of process project", () -> Deal.of(name, account).owner(rep.id())
                        .opened("initial_contact", march, rep.id()).movedTo("quoted", april, rep.id()),
                "opened in an open stage", () -> Deal.of(name, account).owner(rep.id()).opened("won", march, rep.id()),
                "an expected close date not before", () -> Deal.of(name, account).owner(rep.id())
                        .expectedClose(LocalDate.of(2017, 2, 1)).opened("initial_contact", march, rep.id()),
                "an owner", () -> Deal.of(name, account).opened("initial_contact", march, rep.id()),
                "discounts between 0 and 100%", () -> Deal.of(name, account).owner(rep.id())
                        .line(null, "运输服务", BigDecimal.ONE, new BigDecimal("100"), new BigDecimal("120"))
                        .opened("initial_contact", march, rep.id()));
        impossible.forEach((rule, deal) -> assertThatThrownBy(() -> historicalDeals.recordAll(List.of(
                        Deal.of(name, account).owner(rep.id()).opened("initial_contact", march, rep.id()), deal.get())))
                .as(rule).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(rule).hasMessageContaining(name));
        assertThat(jdbc.sql("select count(*) from opportunities where name = :name").param("name", name)
                .query(Long.class).single()).as("not even the good deal of a refused batch").isZero();
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
