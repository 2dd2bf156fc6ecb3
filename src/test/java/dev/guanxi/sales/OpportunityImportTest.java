package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.customer.AccountDraft;
import dev.guanxi.customer.Accounts;
import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.ImportMapping;
import dev.guanxi.imports.internal.Imports;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.ImportRuns;
import dev.guanxi.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opportunities imported from another CRM keep their history: a deal won on 2017-03-01 counts as won
 * then in the funnel, the sales summary and its stage history — and not today.
 */
@IntegrationTest
class OpportunityImportTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    Imports imports;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
    }

    @Test
    void aMessyFileOfPastDealsIsImportedWithItsDatesAndCountsInTheReportsThen() throws Exception {
        String m = Long.toString(System.nanoTime());
        TestUser rep = company.eastRep();
        runs.as(rep, () -> accounts.create(new AccountDraft("华东钢铁" + m, null, null, null, null, null, null, null, null, null)));
        runs.as(company.westRep(), () -> accounts.create(new AccountDraft("West Steel " + m, null, null, null, null, null, null,
                null, null, null)));
        String csv = """
                机会名称,Account,Stage,状态,Amount,Created date,Close date,Loss reason,External ID,赢率
                钢材大单,华东钢铁%1$s,Proposal/Price Quote,Closed Won,"1,250万",2016-11-10,2017-03-01,,W-%1$s,
                输了的单,华东钢铁%1$s,,lost,5000,2017-01-05,2017-02-01,,L-%1$s,
                进行中的单,华东钢铁%1$s,表示兴趣,,80000,2025-01-10,,,O-%1$s,25
                不认识的客户,No Such Account %1$s,,,100,,,,U-%1$s,
                West deal,West Steel %1$s,,,100,,,,X-%1$s,
                未来的单,华东钢铁%1$s,,won,100,2025-01-01,2099-01-01,,F-%1$s,
                倒退的单,华东钢铁%1$s,,won,100,2017-05-01,2017-03-01,,B-%1$s,
                概率太高,华东钢铁%1$s,,,100,,,,P-%1$s,150
                负数金额,华东钢铁%1$s,,,-100,,,,N-%1$s,
                """.formatted(m);
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("机会名称", "name");
        columns.put("Account", "accountId");
        columns.put("Stage", "stage");
        columns.put("状态", "status");
        columns.put("Amount", "amount");
        columns.put("Created date", "createdAt");
        columns.put("Close date", "closeDate");
        columns.put("Loss reason", "lossReason");
        columns.put("External ID", "externalId");
        columns.put("赢率", "probability");
        ImportMapping mapping = new ImportMapping(columns, Map.of("stage", Map.of("Proposal/Price Quote", "solution")),
                null, DuplicateMode.SKIP, null, null);

        UUID id = runs.as(rep, () -> upload(csv, mapping));
        ImportJob preview = runs.run(rep, id, true);
        assertCounts(preview, 2, 0, 0, 7);
        assertThat(dealsOf(rep)).isZero();

        ImportJob done = runs.run(rep, id, false);
        assertCounts(done, 2, 0, 0, 7);
        assertThat(List.of(done.created(), done.updated(), done.skipped(), done.rejected()))
                .isEqualTo(List.of(preview.created(), preview.updated(), preview.skipped(), preview.rejected()));

        List<Map<String, Object>> rejects = jdbc.sql("select row_no, field from import_rejects where job_id = :id order by row_no")
                .param("id", id).query().listOfRows();
        assertThat(rejects).extracting(r -> ((Number) r.get("row_no")).longValue(), r -> r.get("field")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "lossReason"),
                org.assertj.core.groups.Tuple.tuple(4L, "accountId"),
                org.assertj.core.groups.Tuple.tuple(5L, "accountId"),
                org.assertj.core.groups.Tuple.tuple(6L, "closeDate"),
                org.assertj.core.groups.Tuple.tuple(7L, "closeDate"),
                org.assertj.core.groups.Tuple.tuple(8L, "probability"),
                org.assertj.core.groups.Tuple.tuple(9L, "amount"));

        Map<String, Object> won = jdbc.sql("""
                        select o.*, s.code as stage_code from opportunities o join sales_stages s on s.id = o.stage_id
                        where o.external_id = :ext""").param("ext", "W-" + m).query().singleRow();
        assertThat(won.get("status")).isEqualTo("won");
        assertThat(won.get("stage_code")).isEqualTo("won");
        assertThat((BigDecimal) won.get("amount")).isEqualByComparingTo("12500000");
        assertThat(won.get("close_date").toString()).isEqualTo("2017-03-01");
        assertThat(((java.sql.Timestamp) won.get("created_at")).toInstant().atZone(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.of(2016, 11, 10));
        assertThat(won.get("owner_id")).isEqualTo(rep.id());
        assertThat(((Number) won.get("version")).longValue()).isZero();
        assertThat(jdbc.sql("select count(*) from opportunities_aud where id = :id").param("id", won.get("id"))
                .query(Long.class).single()).isEqualTo(1);

        Map<String, Object> open = jdbc.sql("""
                        select o.*, s.code as stage_code from opportunities o join sales_stages s on s.id = o.stage_id
                        where o.external_id = :ext""").param("ext", "O-" + m).query().singleRow();
        assertThat(open.get("status")).isEqualTo("open");
        assertThat(open.get("stage_code")).isEqualTo("interest");
        assertThat(open.get("probability")).isEqualTo(25);
        assertThat(open.get("close_date")).isNull();

        // the stage history: opened in the mapped stage on the created date, won on the close date
        String history = api.get(rep, "/api/v1/opportunities/" + won.get("id") + "/stage-history")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> to = JsonPath.read(history, "$[*].toStage");
        List<String> at = JsonPath.read(history, "$[*].changedAt");
        assertThat(to).containsExactly("solution", "won");
        assertThat(at).extracting(t -> OffsetDateTime.parse(t).toLocalDate().toString())
                .containsExactly("2016-11-10", "2017-03-01");

        // won in March 2017 in the funnel, not in 2026
        String march = api.get(rep, "/api/v1/reports/funnel?from=2017-03-01&to=2017-03-31&ownerId=me")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(march, "$.won")).longValue()).isEqualTo(1);
        assertThat(new BigDecimal((String) JsonPath.read(march, "$.wonAmount[0].amount"))).isEqualByComparingTo("12500000");
        String thisYear = api.get(rep, "/api/v1/reports/funnel?from=2026-01-01&to=2026-12-31&ownerId=me")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(thisYear, "$.won")).longValue()).isZero();

        // the sales summary of March 2017 counts the win, with its amount
        String summary = api.get(rep, "/api/v1/reports/sales-summary?period=month&date=2017-03-15")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(summary, "$.total.won")).longValue()).isEqualTo(1);
        String summaryNow = api.get(rep, "/api/v1/reports/sales-summary?period=month")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(summaryNow, "$.total.won")).longValue()).isZero();

        // the same file again: the deals it brought are skipped by their external id
        UUID again = runs.as(rep, () -> upload(csv, mapping));
        ImportJob second = runs.run(rep, again, false);
        assertCounts(second, 0, 0, 2, 7);
        assertThat(dealsOf(rep)).isEqualTo(2);
        // no stage-change events or notifications for the past moves
        assertThat(jdbc.sql("select count(*) from opportunity_stage_changes where opportunity_id = :id")
                .param("id", won.get("id")).query(Long.class).single()).isEqualTo(2);
    }

    private long dealsOf(TestUser user) {
        return jdbc.sql("select count(*) from opportunities where owner_id = :id").param("id", user.id())
                .query(Long.class).single();
    }

    private UUID upload(String csv, ImportMapping mapping) {
        try {
            return imports.upload("opportunities", "deals.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCounts(ImportJob job, long created, long updated, long skipped, long rejected) {
        assertThat(job.error()).isNull();
        assertThat(List.of(job.created(), job.updated(), job.skipped(), job.rejected()))
                .as("created, updated, skipped, rejected").containsExactly(created, updated, skipped, rejected);
        assertThat(job.rowsRead()).isEqualTo(created + updated + skipped + rejected);
    }
}
