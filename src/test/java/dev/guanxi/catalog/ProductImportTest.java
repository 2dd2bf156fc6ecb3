package dev.guanxi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.ImportMapping;
import dev.guanxi.imports.internal.Imports;
import dev.guanxi.shared.problem.ForbiddenException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** A messy price list: prices as Excel writes them, a code twice in another case, bad prices and currencies. */
@IntegrationTest
class ProductImportTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    Imports imports;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Api api;

    @Test
    void aPriceListIsImportedWithTheFormsRulesAndADuplicateCodeIsSkipped() {
        Company company = fixtures.company();
        TestUser vp = company.vp();
        String m = Long.toString(System.nanoTime());
        String csv = """
                产品名称,SKU,产品线,单价,币种,单位
                工业网关%1$s,GW-%1$s,网关,"¥12,800.00",人民币,台
                Edge Router %1$s,er-%1$s,Routers,"1,500",USD,pcs
                工业网关二代%1$s,gw-%1$s,网关,9900,CNY,台
                负价产品%1$s,NEG-%1$s,,-5,,个
                金币产品%1$s,GOLD-%1$s,,100,金币,个
                无币种%1$s,NC-%1$s,,88,,
                """.formatted(m);
        UUID id = runs.as(vp, () -> upload(csv, null));
        ImportJob preview = runs.run(vp, id, true);
        assertCounts(preview, 3, 0, 1, 2);
        assertThat(count(m)).isZero();
        ImportJob done = runs.run(vp, id, false);
        assertCounts(done, 3, 0, 1, 2);
        assertThat(count(m)).isEqualTo(3);

        Map<String, Object> gateway = product("GW-" + m);
        assertThat(gateway).containsEntry("name", "工业网关" + m).containsEntry("series", "网关")
                .containsEntry("currency", "CNY").containsEntry("unit", "台").containsEntry("active", true)
                .containsEntry("owner_id", vp.id()).containsEntry("created_by", vp.id());
        assertThat((BigDecimal) gateway.get("list_price")).isEqualByComparingTo("12800.00");
        Map<String, Object> router = product("er-" + m);
        assertThat(router).containsEntry("currency", "USD").containsEntry("series", "Routers");
        assertThat((BigDecimal) router.get("list_price")).isEqualByComparingTo("1500");
        assertThat(product("NC-" + m)).containsEntry("currency", "CNY");

        List<Map<String, Object>> rejects = jdbc.sql("select row_no, field from import_rejects where job_id = :id order by row_no")
                .param("id", id).query().listOfRows();
        assertThat(rejects).extracting(r -> r.get("field")).containsExactly("listPrice", "currency");

        // again: every product is there already (by code, in any case, and by name)
        UUID again = runs.as(vp, () -> upload(csv, null));
        assertCounts(runs.run(vp, again, false), 0, 0, 4, 2);
        assertThat(count(m)).isEqualTo(3);

        // an update by code changes the price and keeps what the file leaves empty
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("产品编码", "code");
        columns.put("产品名称", "name");
        columns.put("标准价", "listPrice");
        String prices = """
                产品编码,产品名称,标准价
                gw-%1$s,工业网关%1$s,"13,500"
                """.formatted(m);
        UUID update = runs.as(vp, () -> upload(prices, new ImportMapping(columns, null, List.of("code"),
                DuplicateMode.UPDATE, null, null)));
        assertCounts(runs.run(vp, update, false), 0, 1, 0, 0);
        Map<String, Object> changed = product("gw-" + m);
        assertThat(changed).containsEntry("id", gateway.get("id")).containsEntry("series", "网关")
                .containsEntry("currency", "CNY");
        assertThat((BigDecimal) changed.get("list_price")).isEqualByComparingTo("13500");
        assertThat(count(m)).isEqualTo(3);
    }

    @Test
    void onlyThoseWhoMaintainTheCatalogueImportIt() throws Exception {
        Company company = fixtures.company();
        for (TestUser user : List.of(company.eastRep(), company.eastManager())) {
            api.perform(user, multipart("/api/v1/imports")
                            .file(new MockMultipartFile("file", "p.csv", "text/csv",
                                    "产品名称,产品编码,单价\n网关,GW-1,100\n".getBytes(StandardCharsets.UTF_8)))
                            .param("entity", "products"))
                    .andExpect(status().isForbidden());
            api.get(user, "/api/v1/imports/entities").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.entity == 'products')]").isEmpty());
            assertThatThrownBy(() -> runs.as(user, () -> upload("产品名称,产品编码,单价\n网关,GW-1,100\n", null)))
                    .isInstanceOf(ForbiddenException.class);
        }
        for (TestUser user : List.of(company.vp(), company.admin())) {
            api.get(user, "/api/v1/imports/entities").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.entity == 'products')]").isNotEmpty());
        }
    }

    private long count(String marker) {
        return jdbc.sql("select count(*) from products where code ilike :like").param("like", "%-" + marker)
                .query(Long.class).single();
    }

    private Map<String, Object> product(String code) {
        return jdbc.sql("select * from products where lower(code) = lower(:c) and deleted_at is null").param("c", code)
                .query().singleRow();
    }

    private UUID upload(String csv, ImportMapping mapping) {
        try {
            return imports.upload("products", "products.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    mapping);
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
