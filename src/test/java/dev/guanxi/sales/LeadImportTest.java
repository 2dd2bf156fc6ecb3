package dev.guanxi.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.Imports;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Leads from a file with Chinese and English headers: the form's rules, duplicates, source "import". */
@IntegrationTest
class LeadImportTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    Imports imports;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void leadsAreImportedWithTheFormsRulesAndADuplicateIsSkipped() {
        Company company = fixtures.company();
        TestUser rep = company.eastRep();
        String m = Long.toString(System.nanoTime());
        String csv = """
                姓名,公司,Email,手机,线索来源,状态,Budget,Rating
                王伟%1$s,华东钢铁%1$s,wang%1$s@example.cn,138 0013 %2$s,展会,跟进中,"5万",热
                Li Na %1$s,Acme %1$s,lina%1$s@example.com,,,new,,warm
                王伟(重复)%1$s,,WANG%1$s@example.cn,,,,,
                已转化的人%1$s,,,,,Converted,,
                负预算%1$s,,,,,,-5,
                ,无名公司%1$s,,,,,,
                """.formatted(m, m.substring(m.length() - 4));
        UUID id = runs.as(rep, () -> upload(csv));
        ImportJob preview = runs.run(rep, id, true);
        assertCounts(preview, 2, 0, 1, 3);
        ImportJob done = runs.run(rep, id, false);
        assertCounts(done, 2, 0, 1, 3);

        Map<String, Object> wang = jdbc.sql("select * from leads where name = :n").param("n", "王伟" + m).query().singleRow();
        assertThat(wang).containsEntry("source", "trade_show").containsEntry("status", "working")
                .containsEntry("rating", "hot").containsEntry("owner_id", rep.id())
                .containsEntry("department_id", company.east()).containsEntry("company", "华东钢铁" + m);
        assertThat((BigDecimal) wang.get("budget")).isEqualByComparingTo("50000");
        Map<String, Object> li = jdbc.sql("select * from leads where name = :n").param("n", "Li Na " + m).query().singleRow();
        assertThat(li).containsEntry("source", "import").containsEntry("status", "new").containsEntry("rating", "warm");
        assertThat(jdbc.sql("select count(*) from leads_aud where id in (:a, :b)").param("a", wang.get("id"))
                .param("b", li.get("id")).query(Long.class).single()).isEqualTo(2);

        List<Map<String, Object>> rejects = jdbc.sql("select row_no, field from import_rejects where job_id = :id order by row_no")
                .param("id", id).query().listOfRows();
        assertThat(rejects).extracting(r -> r.get("field")).containsExactly("status", "budget", "name");

        // again: every lead is there already (by e-mail, phone, name and company)
        UUID again = runs.as(rep, () -> upload(csv));
        assertCounts(runs.run(rep, again, false), 0, 0, 3, 3);
        assertThat(jdbc.sql("select count(*) from leads where owner_id = :id").param("id", rep.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    private UUID upload(String csv) {
        try {
            return imports.upload("leads", "leads.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
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
