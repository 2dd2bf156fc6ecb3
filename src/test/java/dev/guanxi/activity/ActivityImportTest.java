package dev.guanxi.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.activity.internal.ActivityReminders;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Call and visit history from the old CRM: real dates kept, links under visibility, no alarms rung. */
@IntegrationTest
class ActivityImportTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    Imports imports;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    ActivityReminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void historyIsImportedWithItsDatesAndRingsNoAlarm() throws Exception {
        Company company = fixtures.company();
        TestUser rep = company.eastRep();
        String m = Long.toString(System.nanoTime());
        UUID east = api.account(rep, "华东钢铁" + m, null);
        api.account(company.westRep(), "西部重工" + m, null);
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + " 10:00";
        String csv = """
                外部编号,活动类型,主题,客户,开始时间,结束时间,状态,费用,负责人
                A1-%1$s,拜访,年度拜访,华东钢铁%1$s,2018-05-04 10:00,2018-05-04 11:30,已完成,"1,200",
                A2-%1$s,电话,回访电话,华东钢铁%1$s,2018/6/1 9:00,,done,,
                A3-%1$s,电话,昨天没打的电话,华东钢铁%1$s,%2$s,,,,
                A4-%1$s,会议,结束早于开始,华东钢铁%1$s,2018-05-04 11:00,2018-05-04 10:00,,,
                A5-%1$s,会议,不认识的客户,没有这家公司%1$s,2018-05-04 11:00,,,,
                A6-%1$s,会议,别的部门的客户,西部重工%1$s,2018-05-04 11:00,,,,
                A1-%1$s,拜访,同一次拜访又一行,华东钢铁%1$s,2018-05-04 10:00,,已完成,,
                """.formatted(m, yesterday);
        UUID id = runs.as(rep, () -> upload(csv));
        ImportJob uploaded = runs.as(rep, () -> imports.job(id));
        assertThat(uploaded.mapping().columns()).containsEntry("活动类型", "type").containsEntry("客户", "accountId")
                .containsEntry("开始时间", "plannedStart").containsEntry("费用", "cost");
        ImportMapping mapping = uploaded.mapping().withValues(Map.of("type", Map.of("拜访", "meeting")));
        runs.as(rep, () -> imports.map(id, mapping));

        ImportJob preview = runs.run(rep, id, true);
        assertCounts(preview, 3, 0, 1, 3);
        assertThat(countImported(m)).isZero();
        ImportJob done = runs.run(rep, id, false);
        assertCounts(done, 3, 0, 1, 3);
        assertThat(jdbc.sql("select row_no, field from import_rejects where job_id = :id order by row_no")
                .param("id", id).query((rs, n) -> rs.getString(2)).list())
                .containsExactly("plannedEnd", "accountId", "accountId");

        Map<String, Object> visit = row("A1-" + m);
        assertThat(visit).containsEntry("type", "meeting").containsEntry("status", "done").containsEntry("subject", "年度拜访")
                .containsEntry("account_id", east).containsEntry("owner_id", rep.id())
                .containsEntry("department_id", company.east()).containsEntry("reminder_minutes", null);
        Instant start = Instant.parse("2018-05-04T02:00:00Z");
        assertThat(instant(visit, "planned_start")).isEqualTo(start);
        assertThat(instant(visit, "actual_start")).isEqualTo(start);
        assertThat(instant(visit, "actual_end")).isEqualTo(Instant.parse("2018-05-04T03:30:00Z"));
        assertThat(instant(visit, "created_at")).isEqualTo(start);
        assertThat((BigDecimal) visit.get("cost")).isEqualByComparingTo("1200");
        Map<String, Object> call = row("A2-" + m);
        assertThat(call).containsEntry("type", "call_outbound").containsEntry("status", "done");
        assertThat(instant(call, "actual_start")).isEqualTo(Instant.parse("2018-06-01T01:00:00Z"));

        // the scheduler's next runs: nothing imported rings, not even the open call of yesterday
        Instant now = Instant.now();
        reminders.remind(now);
        reminders.alertOverdue(now);
        assertThat(jdbc.sql("""
                        select count(*) from notifications where link_path in
                               (select '/activities/' || id from activities where external_id like :pattern)""")
                .param("pattern", "%-" + m).query(Long.class).single()).isZero();

        UUID again = runs.as(rep, () -> upload(csv));
        runs.as(rep, () -> imports.map(again, mapping));
        assertCounts(runs.run(rep, again, false), 0, 0, 4, 3);
        assertThat(countImported(m)).isEqualTo(3);
    }

    private long countImported(String m) {
        return jdbc.sql("select count(*) from activities where external_id like :p").param("p", "%-" + m)
                .query(Long.class).single();
    }

    private Map<String, Object> row(String externalId) {
        return jdbc.sql("select * from activities where external_id = :e").param("e", externalId).query().singleRow();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : (Instant) value;
    }

    private UUID upload(String csv) {
        try {
            return imports.upload("activities", "activities.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
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
