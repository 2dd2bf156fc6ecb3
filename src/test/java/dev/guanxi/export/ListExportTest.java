package dev.guanxi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.identity.Role;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exports of the account and contact lists: the list's filters and visibility, formulas neutralised, vCard. */
@IntegrationTest
class ListExportTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    TestUser rep;
    TestUser otherRep;
    String tag;

    @BeforeEach
    void people() {
        UUID department = fixtures.department("Export", null);
        rep = fixtures.user("Ex Rep", department, Role.SALES_REP);
        otherRep = fixtures.user("Other Rep", department, Role.SALES_REP);
        tag = "x" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void accountsExportAsCsvAndExcelWithTheListsFiltersAndVisibility() throws Exception {
        api.account(rep, "{\"name\": \"=HYPERLINK(\\\"http://evil\\\")\", \"industry\": \"chemicals\", \"annualRevenue\": 300, "
                + "\"tags\": [\"" + tag + "\"]}");
        api.account(rep, "{\"name\": \"上海东方化工有限公司\", \"industry\": \"chemicals\", \"annualRevenue\": 1200000.50, "
                + "\"tags\": [\"" + tag + "\"]}");
        api.account(otherRep, "{\"name\": \"Not mine\", \"tags\": [\"" + tag + "\"]}");

        byte[] csv = api.query(rep, "/api/v1/accounts/export", "format", "csv", "tag", tag, "sort", "name")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("accounts-")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(0)).isEqualTo("Name");
        assertThat(records.get(0).get(2)).isEqualTo("Industry");
        assertThat(records.subList(1, 3)).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("'=HYPERLINK(\"http://evil\")", "上海东方化工有限公司");
        CSVRecord chinese = records.stream().filter(r -> r.get(0).startsWith("上海")).findFirst().orElseThrow();
        assertThat(chinese.get(2)).isEqualTo("Chemicals");
        assertThat(chinese.get(16)).isEqualTo("1200000.50");
        CSVRecord formula = records.stream().filter(r -> r.get(0).startsWith("'=")).findFirst().orElseThrow();
        assertThat(formula.get(16)).isEqualTo("300.00");

        byte[] xlsx = api.perform(rep, get("/api/v1/accounts/export").param("tag", tag).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客户名称");
            for (int i = 1; i <= 2; i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(16).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
        api.query(rep, "/api/v1/accounts/export", "format", "pdf").andExpect(status().isBadRequest());
        // the list page links to the same export, with its filters
        assertThat(api.page(rep, get("/accounts").param("tag", tag)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/accounts/export?format=xlsx&amp;tag=" + tag);
    }

    @Test
    void contactsExportAsVCardsThatReadBack() throws Exception {
        UUID account = api.account(rep, "Card Co " + tag, null);
        api.contact(rep, "{\"name\": \"王芳\", \"accountId\": \"" + account + "\", \"title\": \"采购经理\", "
                + "\"mobile\": \"13700001111\", \"email\": \"wang.fang@" + tag + ".cn\"}");
        api.contact(otherRep, "{\"name\": \"Hidden Person\", \"email\": \"hidden@" + tag + ".cn\"}");

        byte[] vcf = api.query(rep, "/api/v1/contacts/export", "format", "vcf", "accountId", account.toString())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<VCard> cards = Ezvcard.parse(new String(vcf, StandardCharsets.UTF_8)).all();
        assertThat(cards).hasSize(1);
        VCard card = cards.get(0);
        assertThat(card.getFormattedName().getValue()).isEqualTo("王芳");
        assertThat(card.getOrganization().getValues()).first().isEqualTo("Card Co " + tag);
        assertThat(card.getTitles().get(0).getValue()).isEqualTo("采购经理");
        assertThat(card.getEmails().get(0).getValue()).isEqualTo("wang.fang@" + tag + ".cn");
        assertThat(card.getTelephoneNumbers().get(0).getText()).contains("13700001111");

        String csv = api.query(rep, "/api/v1/contacts/export", "format", "csv", "q", tag)
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("王芳").doesNotContain("Hidden Person");
    }

    @Test
    void opportunitiesExportWithStageNamesInTheUsersLanguage() throws Exception {
        UUID account = api.account(rep, "Deal Co " + tag, null);
        api.post(rep, "/api/v1/opportunities", "{\"name\": \"@deal " + tag + "\", \"accountId\": \"" + account
                + "\", \"amount\": \"88000\"}").andExpect(status().isCreated());
        api.post(otherRep, "/api/v1/opportunities", "{\"name\": \"hidden " + tag + "\", \"accountId\": \""
                + api.account(otherRep, "Other Co " + tag, null) + "\"}").andExpect(status().isCreated());
        String csv = api.perform(rep, get("/api/v1/opportunities/export").param("format", "csv").param("q", tag)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("'@deal " + tag);
        assertThat(records.get(1).get(2)).isEqualTo("初次接触");
        assertThat(records.get(1).get(3)).isEqualTo("进行中");
        assertThat(records.get(1).get(4)).isEqualTo("88000.00");
    }

    @Test
    void activitiesExportTheViewOnScreen() throws Exception {
        String subject = "+拜访 " + tag;
        api.post(rep, "/api/v1/activities", "{\"type\": \"meeting\", \"subject\": \"" + subject + "\", \"plannedStart\": \""
                + java.time.Instant.now().plusSeconds(86400) + "\"}").andExpect(status().isCreated());
        String csv = api.query(rep, "/api/v1/activities/export", "format", "csv", "view", "pending", "q", tag)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("'" + subject);
        assertThat(records.get(1).get(1)).isEqualTo("Meeting");
        assertThat(api.query(rep, "/api/v1/activities/export", "format", "csv", "view", "done", "q", tag).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(tag);
    }

    @Test
    void leadsExportFromTheListAndThePage() throws Exception {
        api.post(rep, "/api/v1/leads", "{\"name\": \"李娜\", \"company\": \"-Lead Co " + tag + "\", \"source\": \"phone\"}")
                .andExpect(status().isCreated());
        String csv = api.query(rep, "/api/v1/leads/export", "format", "csv", "q", tag, "ownerId", "me")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("李娜");
        assertThat(records.get(1).get(1)).isEqualTo("'-Lead Co " + tag);
        assertThat(records.get(1).get(6)).isEqualTo("Phone call");
        assertThat(api.query(otherRep, "/api/v1/leads/export", "format", "csv", "q", tag).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("李娜");
        assertThat(api.page(rep, get("/leads").param("q", tag)).andReturn().getResponse().getContentAsString())
                .contains("/leads/export?format=xlsx&amp;q=" + tag);
    }

    @Test
    void theExportsEndpointOfTheContractServesTheEntitysExport(
            @org.springframework.boot.test.web.server.LocalServerPort int port) throws Exception {
        TestUser rep = fixtures.user("Export Contract Rep", fixtures.department("Exports", null), Role.SALES_REP);
        String name = "Contract " + UUID.randomUUID().toString().substring(0, 8);
        api.account(rep, name, null);
        var client = java.net.http.HttpClient.newHttpClient();
        var ok = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/exports?entity=accounts&format=csv"))
                .header("Authorization", rep.bearer()).build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(ok.body()).contains(name);
        var bad = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/exports?entity=../users&format=csv"))
                .header("Authorization", rep.bearer()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"entity\"");
    }
}
