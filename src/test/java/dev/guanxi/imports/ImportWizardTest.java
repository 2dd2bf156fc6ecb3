package dev.guanxi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The import wizard over HTTP as a signed-in rep: upload a CSV with Chinese headers, see the suggested
 * columns, map an unknown company to an existing account on the values page, preview, import, and get
 * the counts, the contacts and the error file.
 */
@IntegrationTest
class ImportWizardTest {

    @Autowired
    Api api;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    TestUser rep;
    String marker;

    @BeforeEach
    void rep() {
        rep = fixtures.company().eastRep();
        marker = Long.toString(System.nanoTime()).substring(7);
    }

    @Test
    void uploadMapValuesPreviewImportAndDownloadTheRejects() throws Exception {
        String accountName = "东方精工" + marker;
        UUID accountId = api.account(rep, accountName, null);
        String unknownCompany = "东方精公司" + marker;
        String csv = "姓名,手机,邮箱,公司\n"
                + "王芳" + marker + ",13800001111,wangfang" + marker + "@example.cn," + accountName + "\n"
                + "李雷" + marker + ",13900002222,lilei" + marker + "@example.cn," + unknownCompany + "\n"
                + "韩梅" + marker + ",,not-an-email," + accountName + "\n";

        // 1. upload
        String location = page(multipart("/imports")
                .file(new MockMultipartFile("file", "联系人.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("entity", "contacts").with(csrf()))
                .andExpect(redirectedUrlPattern("/imports/*/mapping")).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.split("/")[2]);

        // 2. columns: the suggestion is shown selected
        String mapping = html(get("/imports/{id}/mapping", id));
        assertThat(mapping).contains("姓名", "王芳" + marker, "— do not import —", "Name *")
                .contains("<option value=\"name\" selected=\"selected\">")
                .contains("<option value=\"mobile\" selected=\"selected\">")
                .contains("<option value=\"email\" selected=\"selected\">")
                .contains("<option value=\"accountId\" selected=\"selected\">");
        page(post("/imports/{id}/mapping", id).with(csrf()).param("column-0", "name").param("column-1", "mobile")
                .param("column-2", "email").param("column-3", "accountId").param("matchOn", "email")
                .param("onDuplicate", "skip").param("onUnresolvedReference", "reject").param("dateOrder", "auto")
                .param("templateName", "CSV " + marker).param("action", "next"))
                .andExpect(redirectedUrl("/imports/" + id + "/values"));

        // 3. values: the unknown company is offered first, with the existing account as a suggestion
        String values = html(get("/imports/{id}/values", id));
        assertThat(values).contains(unknownCompany, "1 not understood", "no match: reject these rows", accountName);
        assertThat(values.indexOf(unknownCompany)).isLessThan(values.indexOf(">" + accountName + "<"));
        MockHttpServletRequestBuilder valuesForm = post("/imports/{id}/values", id).with(csrf());
        Matcher fields = Pattern.compile("name=\"(field-\\d+)\" value=\"([^\"]*)\"").matcher(values);
        while (fields.find()) {
            valuesForm.param(fields.group(1), fields.group(2));
        }
        Matcher sources = Pattern.compile("name=\"source-(\\d+)-(\\d+)\" value=\"([^\"]*)\"").matcher(values);
        while (sources.find()) {
            valuesForm.param("source-" + sources.group(1) + "-" + sources.group(2), sources.group(3));
            if (sources.group(3).equals(unknownCompany)) {
                valuesForm.param("value-" + sources.group(1) + "-" + sources.group(2), accountId.toString());
            }
        }
        page(valuesForm).andExpect(redirectedUrl("/imports/" + id));

        // 4. preview
        String preview = finished(id);
        assertThat(preview).contains("Preview: 3 rows — 2 will be created, 0 updated, 0 skipped, 1 rejected.")
                .contains("not an e-mail address: not-an-email", "Import now").doesNotContain("hx-trigger");
        assertThat(contactsNamed()).isZero();

        // 5. import
        page(post("/imports/{id}/start", id).with(csrf())).andExpect(redirectedUrl("/imports/" + id));
        String result = waitFor(id, "data-dry-run=\"false\"");
        assertThat(result).contains("3 rows: 2 created, 0 updated, 0 skipped, 1 rejected.", "Open Contacts",
                "/imports/" + id + "/errors.csv");
        assertThat(html(get("/imports/{id}", id))).contains("Import finished");
        assertThat(contactsNamed()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from contacts where account_id = :account and name like :name")
                .param("account", accountId).param("name", "%" + marker).query(Long.class).single()).isEqualTo(2);

        // the rejected rows as CSV: BOM, the original columns, row number and reason
        byte[] errors = page(get("/imports/{id}/errors.csv", id).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(errors).startsWith(0xEF, 0xBB, 0xBF);
        String errorCsv = new String(errors, StandardCharsets.UTF_8);
        assertThat(errorCsv).contains("姓名,手机,邮箱,公司,Row,Error", "韩梅" + marker, "not an e-mail address");

        // the list shows the import, the saved mapping is offered for the next file
        assertThat(html(get("/imports"))).contains("联系人.csv", "Done");
        assertThat(jdbc.sql("select count(*) from import_mapping_templates where owner_id = :owner and name = :name")
                .param("owner", rep.id()).param("name", "CSV " + marker).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBadFileIsExplainedNextToTheFieldAndTheJobIsOnlyItsCreators() throws Exception {
        String page = page(multipart("/imports")
                .file(new MockMultipartFile("file", "leer.csv", "text/csv", new byte[0]))
                .param("entity", "contacts").with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("gx-import-file-error", "Choose a file that is not empty.").doesNotContain("Exception");

        String location = page(multipart("/imports")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "Foo,Bar\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .param("entity", "contacts").with(csrf()))
                .andExpect(redirectedUrlPattern("/imports/*/mapping")).andReturn().getResponse().getRedirectedUrl();
        // nothing recognised: the required name is missing, and the page says so without losing the choices
        String refused = page(post(location).with(csrf()).param("column-0", "title").param("action", "next"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Map a column to the required field &quot;Name&quot;.")
                .contains("<option value=\"title\" selected=\"selected\">");

        TestUser other = fixtures.company().westRep();
        api.page(other, get(location)).andExpect(status().isNotFound());
    }

    private long contactsNamed() {
        return jdbc.sql("select count(*) from contacts where name like :name and deleted_at is null")
                .param("name", "%" + marker).query(Long.class).single();
    }

    /** Polls the progress fragment until the job has finished (a real background run; 30 s at most). */
    private String finished(UUID id) throws Exception {
        return waitFor(id, "");
    }

    private String waitFor(UUID id, String marker) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            String fragment = html(get("/imports/{id}/progress", id));
            boolean done = fragment.contains("data-status=\"done\"") || fragment.contains("data-status=\"failed\"")
                    || fragment.contains("data-status=\"cancelled\"");
            if (done && fragment.contains(marker)) {
                assertThat(fragment).doesNotContain("<html").contains("data-status=\"done\"");
                return fragment;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            assertThat(System.currentTimeMillis()).as("import finished within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return page(request.locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.ResultActions page(AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(Api.signedIn(rep)));
    }
}
