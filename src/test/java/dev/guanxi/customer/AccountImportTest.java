package dev.guanxi.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
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
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real import of accounts through the engine: a messy GBK sheet with Chinese headers, previewed and
 * then run in the background worker, with the form's rules, duplicates, history and visibility.
 */
@IntegrationTest
class AccountImportTest {

    @Autowired
    ImportRuns runs;

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    Imports imports;
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
    void aMessyChineseSheetIsPreviewedThenImportedWithExactCountsHistoryAndNoSecondCopy() {
        String marker = Long.toString(System.nanoTime());
        TestUser owner = fixtures.user("Zhou Owner " + marker, company.east(), Role.SALES_REP);
        String csv = """
                客户名称,行业,客户等级,负责人,年营业额,标签
                上海华东钢铁贸易有限公司,钢铁与金属,A,Zhou Owner %1$s,"1,250万","钢材, 重点"
                翎羽,信息技术与软件,B,,5000000,通信;大客户、通信
                杭州西湖食品有限公司,食品饮科,C,,,
                Acme Trading Ltd,Manufacturing,A,,100.50,export|vip
                ACME TRADING LTD,制造业,B,,,
                负营收公司,制造业,,,-500,
                无主公司,制造业,,Nobody Such Person %1$s,,
                宇宙公司,宇宙行业,,,,
                ,制造业,B,,,
                """.formatted(marker);
        byte[] file = csv.getBytes(GBK);
        TestUser importer = company.eastManager();

        UUID id = runs.as(importer, () -> upload(file));
        ImportJob uploaded = runs.as(importer, () -> imports.job(id));
        assertThat(uploaded.charset()).isIn("GBK", "GB18030", "x-GBK");
        // the Chinese headers are recognised without help
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("客户名称", "name");
        expected.put("行业", "industry");
        expected.put("客户等级", "grade");
        expected.put("负责人", "ownerId");
        expected.put("年营业额", "annualRevenue");
        expected.put("标签", "tags");
        assertThat(uploaded.mapping().columns()).isEqualTo(expected);
        ImportMapping mapping = uploaded.mapping().withValues(Map.of("industry", Map.of("食品饮科", "food_beverage")));
        runs.as(importer, () -> imports.map(id, mapping));

        ImportJob preview = runs.run(importer, id, true);
        assertThat(preview.status()).isEqualTo(ImportJob.Status.DONE);
        assertCounts(preview, 4, 0, 1, 4);
        assertThat(accountsIn(company.east())).isZero();

        ImportJob done = runs.run(importer, id, false);
        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertCounts(done, 4, 0, 1, 4);
        assertThat(List.of(done.created(), done.updated(), done.skipped(), done.rejected()))
                .isEqualTo(List.of(preview.created(), preview.updated(), preview.skipped(), preview.rejected()));

        Map<String, Object> steel = account("上海华东钢铁贸易有限公司");
        assertThat(steel.get("industry")).isEqualTo("steel_metals");
        assertThat(steel.get("grade")).isEqualTo("A");
        assertThat((BigDecimal) steel.get("annual_revenue")).isEqualByComparingTo("12500000");
        assertThat(steel.get("tags")).isEqualTo(List.of("钢材", "重点"));
        assertThat(steel.get("owner_id")).isEqualTo(owner.id());
        assertThat(steel.get("department_id")).isEqualTo(company.east());
        assertThat(steel.get("type")).isEqualTo("end_customer");
        assertThat(steel.get("status")).isEqualTo("prospect");
        assertThat(steel.get("currency")).isEqualTo("CNY");

        Map<String, Object> shortName = account("翎羽");
        assertThat(shortName.get("industry")).isEqualTo("it_software");
        assertThat(shortName.get("tags")).isEqualTo(List.of("通信", "大客户"));
        assertThat(shortName.get("owner_id")).isEqualTo(importer.id());
        assertThat(shortName.get("department_id")).isEqualTo(company.east());
        assertThat(account("杭州西湖食品有限公司").get("industry")).isEqualTo("food_beverage");
        Map<String, Object> acme = account("Acme Trading Ltd");
        assertThat((BigDecimal) acme.get("annual_revenue")).isEqualByComparingTo("100.50");
        assertThat(acme.get("grade")).isEqualTo("A");
        assertThat(accountsIn(company.east())).isEqualTo(4);
        // the 2-character name is found by search like one typed in the form
        assertThat(jdbc.sql("select search_tokens from accounts where id = :id").param("id", shortName.get("id"))
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single()).contains("翎羽", "翎");

        // one history row per created account, all under one revision of the importer
        List<Map<String, Object>> history = jdbc.sql("""
                        select a.revtype, r.* from accounts_aud a join revinfo r on r.rev = a.rev
                        where a.id in (select id from accounts where department_id = :dept)""")
                .param("dept", company.east()).query().listOfRows();
        assertThat(history).hasSize(4);
        assertThat(history).allSatisfy(row -> assertThat(((Number) row.get("revtype")).intValue()).isZero());
        assertThat(history.stream().map(row -> row.get("rev")).distinct()).hasSize(1);

        List<Map<String, Object>> rejects = jdbc.sql("select row_no, field, reason from import_rejects where job_id = :id order by row_no")
                .param("id", id).query().listOfRows();
        assertThat(rejects).extracting(r -> ((Number) r.get("row_no")).longValue(), r -> r.get("field"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6L, "annualRevenue"),
                        org.assertj.core.groups.Tuple.tuple(7L, "ownerId"),
                        org.assertj.core.groups.Tuple.tuple(8L, "industry"),
                        org.assertj.core.groups.Tuple.tuple(9L, "name"));
        assertThat(rejects.get(0).get("reason")).isEqualTo("Annual revenue: Must not be negative.");
        assertThat((String) rejects.get(1).get("reason")).contains("Nobody Such Person");
        assertThat((String) rejects.get(2).get("reason")).contains("宇宙行业");
        assertThat((String) rejects.get(3).get("reason")).contains("required");

        // the same file again, duplicates skipped: nothing new
        UUID again = runs.as(importer, () -> upload(file));
        runs.as(importer, () -> imports.map(again, mapping));
        ImportJob second = runs.run(importer, again, false);
        assertCounts(second, 0, 0, 5, 4);
        assertThat(accountsIn(company.east())).isEqualTo(4);
    }

    @Test
    void aRepCannotChangeAnotherDepartmentsOrThePoolsAccountsThroughAnImport() throws Exception {
        String marker = Long.toString(System.nanoTime());
        UUID west = api.account(company.westRep(), "西部重工" + marker, "\"industry\": \"mining\"");
        UUID pool = api.account(company.eastManager(), "公海客户" + marker, null);
        jdbc.sql("update accounts set owner_id = null, department_id = null where id = :id").param("id", pool).update();
        UUID own = api.account(company.eastRep(), "自己的客户" + marker, null);
        long westVersion = version(west);
        long poolVersion = version(pool);
        String csv = """
                客户名称,行业,客户等级
                西部重工%1$s,金融,A
                公海客户%1$s,金融,A
                自己的客户%1$s,金融,A
                """.formatted(marker);
        TestUser rep = company.eastRep();
        UUID id = runs.as(rep, () -> upload(csv.getBytes(GBK)));
        ImportJob job = runs.as(rep, () -> imports.job(id));
        runs.as(rep, () -> imports.map(id, new ImportMapping(job.mapping().columns(), null, List.of("name"),
                DuplicateMode.UPDATE, null, null)));

        ImportJob done = runs.run(rep, id, false);

        // the west account is out of sight: not matched, a new account of the rep's comes in beside it
        // the pool account is seen but only a manager may change it; the rep's own one is updated
        assertCounts(done, 1, 1, 0, 1);
        assertThat(jdbc.sql("select field, reason from import_rejects where job_id = :id").param("id", id)
                .query().singleRow().get("reason")).isEqualTo(
                "Only the owner, their manager or an administrator may change this account.");
        assertThat(version(west)).isEqualTo(westVersion);
        assertThat(version(pool)).isEqualTo(poolVersion);
        assertThat(jdbc.sql("select industry, grade, owner_id from accounts where id = :id").param("id", west).query()
                .singleRow()).containsEntry("industry", "mining").containsEntry("grade", null)
                .containsEntry("owner_id", company.westRep().id());
        assertThat(jdbc.sql("select industry is null and owner_id is null from accounts where id = :id").param("id", pool)
                .query(Boolean.class).single()).isTrue();
        Map<String, Object> updated = jdbc.sql("select industry, grade, version from accounts where id = :id")
                .param("id", own).query().singleRow();
        assertThat(updated).containsEntry("industry", "finance").containsEntry("grade", "A");
        assertThat(jdbc.sql("select count(*) from accounts_aud where id = :id and revtype = 1").param("id", own)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select owner_id from accounts where lower(name) = lower(:name) and id <> :west")
                .param("name", "西部重工" + marker).param("west", west).query(UUID.class).single())
                .isEqualTo(rep.id());
    }

    @Test
    void parentsAreFoundOrCreatedButNeverCircularAndCurrencyAndEmployeesFollowTheFormsRules() throws Exception {
        String m = Long.toString(System.nanoTime());
        TestUser manager = company.eastManager();
        UUID parent = api.account(manager, "母公司" + m, null);
        String csv = """
                客户名称,上级公司,币种,员工人数
                子公司%1$s,母公司%1$s,usd,12
                母公司%1$s,母公司%1$s,,
                小数公司%1$s,,,1.5
                另一子公司%1$s,新集团%1$s,人民币,3
                坏币种公司%1$s,,XYZ,
                """.formatted(m);
        UUID id = runs.as(manager, () -> upload(csv.getBytes(GBK)));
        ImportJob job = runs.as(manager, () -> imports.job(id));
        assertThat(job.mapping().columns()).containsEntry("上级公司", "parentAccountId").containsEntry("币种", "currency")
                .containsEntry("员工人数", "employees");
        runs.as(manager, () -> imports.map(id, new ImportMapping(job.mapping().columns(), null, List.of("name"),
                DuplicateMode.UPDATE, ImportMapping.UnresolvedReference.CREATE, null)));

        ImportJob preview = runs.run(manager, id, true);
        assertCounts(preview, 2, 0, 0, 3);
        ImportJob done = runs.run(manager, id, false);
        assertCounts(done, 2, 0, 0, 3);

        assertThat(jdbc.sql("select row_no, field from import_rejects where job_id = :id order by row_no").param("id", id)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getString(2)).list())
                .containsExactly("2:parentAccountId", "3:employees", "5:currency");
        Map<String, Object> child = jdbc.sql("select parent_account_id, currency, employees from accounts where name = :name")
                .param("name", "子公司" + m).query().singleRow();
        assertThat(child).containsEntry("parent_account_id", parent).containsEntry("currency", "USD")
                .containsEntry("employees", 12);
        assertThat(jdbc.sql("select parent_account_id from accounts where id = :id").param("id", parent)
                .query().singleRow().get("parent_account_id")).isNull();
        Map<String, Object> other = jdbc.sql("""
                        select p.name as parent_name, p.owner_id as parent_owner, c.currency from accounts c
                        join accounts p on p.id = c.parent_account_id where c.name = :name""")
                .param("name", "另一子公司" + m).query().singleRow();
        assertThat(other).containsEntry("parent_name", "新集团" + m).containsEntry("parent_owner", manager.id())
                .containsEntry("currency", "CNY");
    }

    private UUID upload(byte[] file) {
        try {
            return imports.upload("accounts", "客户.csv", new ByteArrayInputStream(file), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private static void assertCounts(ImportJob job, long created, long updated, long skipped, long rejected) {
        assertThat(job.error()).isNull();
        assertThat(List.of(job.created(), job.updated(), job.skipped(), job.rejected()))
                .as("created, updated, skipped, rejected").containsExactly(created, updated, skipped, rejected);
        assertThat(job.sum()).isEqualTo(job.rowsRead());
        assertThat(job.rowsRead()).isEqualTo(created + updated + skipped + rejected);
    }

    private long accountsIn(UUID department) {
        return jdbc.sql("select count(*) from accounts where department_id = :dept").param("dept", department)
                .query(Long.class).single();
    }

    private Map<String, Object> account(String name) {
        return jdbc.sql("""
                        select id, industry, grade, type, status, currency, annual_revenue, owner_id, department_id, tags
                        from accounts where name = :name and department_id = :dept""")
                .param("name", name).param("dept", company.east())
                .query((rs, n) -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    for (String column : List.of("id", "industry", "grade", "type", "status", "currency", "annual_revenue",
                            "owner_id", "department_id")) {
                        row.put(column, rs.getObject(column));
                    }
                    row.put("tags", Arrays.asList((String[]) rs.getArray("tags").getArray()));
                    return row;
                }).single();
    }

    private long version(UUID account) {
        return jdbc.sql("select version from accounts where id = :id").param("id", account).query(Long.class).single();
    }
}
