package dev.guanxi.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import dev.guanxi.webhook.internal.WebhookUrlPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * {@code /api/v1/webhooks}: administrators only, URLs checked (scheme, credentials, internal addresses)
 * with the reason in the caller's language, the secret shown once, and every business event of the
 * issue raised by the public API of its module lands in the outbox.
 */
@IntegrationTest
class WebhookApiTest {

    private static final String ALL_TYPES = "[\"account.created\",\"account.updated\",\"lead.converted\","
            + "\"opportunity.stage_changed\",\"opportunity.won\",\"opportunity.lost\"]";

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookUrlPolicy urlPolicy;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
        WebhookTesting.disableAllEndpoints(jdbc);
    }

    @AfterEach
    void leaveNoActiveEndpoint() {
        WebhookTesting.disableAllEndpoints(jdbc);
    }

    @Test
    void onlyAdministratorsMayUseTheApi() throws Exception {
        var endpoint = WebhookTesting.register(api, company.admin(), "http://127.0.0.1:9/hook", "account.created");
        for (var user : List.of(company.eastRep(), company.eastManager(), company.vp())) {
            api.get(user, "/api/v1/webhooks").andExpect(status().isForbidden());
            api.get(user, "/api/v1/webhooks/" + endpoint.id() + "/deliveries").andExpect(status().isForbidden());
            api.post(user, "/api/v1/webhooks", "{\"url\":\"https://93.184.215.14/x\",\"eventTypes\":[\"account.created\"]}")
                    .andExpect(status().isForbidden());
            api.post(user, "/api/v1/webhooks/" + endpoint.id() + "/secret", "").andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from webhook_endpoints where url = 'https://93.184.215.14/x'")
                .query(Long.class).single()).isZero();
        api.page(company.eastRep(), get("/admin/webhooks")).andExpect(status().isForbidden());
    }

    @Test
    void administratorsManageEndpointsInThePages() throws Exception {
        var admin = company.admin();
        api.page(admin, post("/admin/webhooks/new").with(csrf()).param("url", "ftp://x.example.com/")
                        .param("eventTypes", "account.created"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only http:// and https:// URLs are allowed.")));
        var created = api.page(admin, post("/admin/webhooks/new").with(csrf()).param("url", "http://127.0.0.1:9/page-hook")
                        .param("description", "ERP <b>sync</b>").param("eventTypes", "account.created", "opportunity.won"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("newSecret")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        String secret = (String) created.getFlashMap().get("newSecret");
        api.page(admin, get(location).cookie(created.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("ERP &lt;b&gt;sync&lt;/b&gt;")));
        api.page(admin, get(location)).andExpect(status().isOk()).andExpect(content().string(not(containsString(secret))));
        api.page(admin, get("/admin/webhooks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("http://127.0.0.1:9/page-hook")));
        api.page(admin, post(location + "/active").with(csrf()).param("active", "false")).andExpect(status().is3xxRedirection());
        api.page(admin, post(location + "/secret").with(csrf())).andExpect(flash().attributeExists("newSecret"));
        api.page(admin, get(location).param("lang", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("投递记录")));
    }

    @Test
    void theSecretIsShownOnceAndSignsNothingAfterARotation() throws Exception {
        var endpoint = WebhookTesting.register(api, company.admin(), "http://127.0.0.1:9/hook", "account.created");
        assertThat(endpoint.secret()).startsWith("whsec_").hasSize(70);
        api.get(company.admin(), "/api/v1/webhooks/" + endpoint.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.eventTypes[0]").value("account.created"))
                .andExpect(content().string(not(containsString(endpoint.secret()))));
        api.get(company.admin(), "/api/v1/webhooks").andExpect(content().string(not(containsString(endpoint.secret()))));
        String rotated = api.post(company.admin(), "/api/v1/webhooks/" + endpoint.id() + "/secret", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(rotated, "$.secret")).startsWith("whsec_").isNotEqualTo(endpoint.secret());

        api.patch(company.admin(), "/api/v1/webhooks/" + endpoint.id(), "{\"active\":false,\"eventTypes\":[\"lead.converted\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.eventTypes[0]").value("lead.converted"));
    }

    @Test
    void badUrlsAreRefusedWithTheReasonInTheCallersLanguage() throws Exception {
        refused("ftp://files.example.com/hook", "en", "Only http:// and https:// URLs are allowed.");
        refused("javascript:alert(1)", "zh-CN", "只允许 http:// 和 https:// 地址。");
        refused("https://user:pw@hooks.example.com/x", "en", "The URL must not contain a user name or password.");
        ReflectionTestUtils.setField(urlPolicy, "allowPrivate", false);
        try {
            for (String url : List.of("http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/",
                    "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/",
                    "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://2130706433/",
                    "http://0177.0.0.1/", "http://0x7f.1/", "http://127.1/", "http://0/", "http://100.64.0.1/",
                    "http://[fd00::1]/")) {
                api.perform(company.admin(), post("/api/v1/webhooks").header("Accept-Language", "en")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"url\":" + Api.quote(url) + ",\"eventTypes\":[\"account.created\"]}"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("url"));
            }
            refused("http://192.168.1.20:8080/hook", "en",
                    "This address points to the local machine or an internal network, which webhooks may not call.");
            refused("http://192.168.1.20:8080/hook", "zh-CN", "该地址指向本机或内部网络，Webhook 不允许调用。");
            api.post(company.admin(), "/api/v1/webhooks", "{\"url\":\"https://93.184.215.14/hook\",\"eventTypes\":[\"account.created\"]}")
                    .andExpect(status().isCreated());
        } finally {
            ReflectionTestUtils.setField(urlPolicy, "allowPrivate", true);
        }
        api.post(company.admin(), "/api/v1/webhooks", "{\"url\":\"https://93.184.215.14/hook\",\"eventTypes\":[\"deal.closed\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        api.post(company.admin(), "/api/v1/webhooks", "{\"url\":\"https://93.184.215.14/hook\",\"eventTypes\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
    }

    @Test
    void everyEventOfTheIssueIsRaisedThroughThePublicApisOfItsModule() throws Exception {
        var endpoint = WebhookTesting.register(api, company.admin(), "http://127.0.0.1:9/hook",
                ALL_TYPES.replaceAll("[\\[\\]\"]", "").split(","));
        var rep = company.eastRep();
        UUID account = api.account(rep, "事件客户 " + System.nanoTime(), null);
        api.patch(rep, "/api/v1/accounts/" + account, "{\"phone\":\"010-88880000\"}").andExpect(status().isOk());
        UUID lead = Api.idOf(api.post(rep, "/api/v1/leads", "{\"name\":\"王芳\",\"company\":\"转化公司 " + System.nanoTime() + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String converted = api.post(rep, "/api/v1/leads/" + lead + "/convert", "{\"createOpportunity\": true}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        UUID won = deal(rep, account, "Won " + System.nanoTime());
        api.post(rep, "/api/v1/opportunities/" + won + "/stage", "{\"stage\":\"needs\"}").andExpect(status().isOk());
        api.post(rep, "/api/v1/opportunities/" + won + "/close", "{\"status\":\"won\"}").andExpect(status().isOk());
        UUID lost = deal(rep, account, "Lost " + System.nanoTime());
        api.post(rep, "/api/v1/opportunities/" + lost + "/close", "{\"status\":\"lost\",\"lossReason\":\"价格\"}")
                .andExpect(status().isOk());

        List<Map<String, Object>> rows = jdbc.sql("""
                        select event_type, payload, event_id from webhook_deliveries where endpoint_id = :e
                        order by created_at, id
                        """).param("e", endpoint.id()).query().listOfRows();
        Map<String, List<String>> payloads = new java.util.TreeMap<>();
        rows.forEach(r -> payloads.computeIfAbsent((String) r.get("event_type"), k -> new java.util.ArrayList<>())
                .add((String) r.get("payload")));
        assertThat(payloads.keySet()).containsExactlyInAnyOrder("account.created", "account.updated", "lead.converted",
                "opportunity.stage_changed", "opportunity.won", "opportunity.lost");
        assertThat(payloads.get("account.created")).anySatisfy(p -> assertThat(p).contains(account.toString()))
                .anySatisfy(p -> assertThat(p).contains(JsonPath.<String>read(converted, "$.accountId")));
        assertThat(payloads.get("account.updated")).singleElement().satisfies(p -> assertThat(p).contains(account.toString()));
        assertThat(payloads.get("lead.converted")).singleElement().satisfies(p -> {
            assertThat((String) JsonPath.read(p, "$.data.leadId")).isEqualTo(lead.toString());
            assertThat((String) JsonPath.read(p, "$.data.opportunityId")).isEqualTo(JsonPath.read(converted, "$.opportunityId"));
        });
        assertThat(payloads.get("opportunity.stage_changed")).hasSize(3);
        assertThat(payloads.get("opportunity.won")).singleElement().satisfies(p -> {
            assertThat((String) JsonPath.read(p, "$.data.opportunityId")).isEqualTo(won.toString());
            assertThat((String) JsonPath.read(p, "$.data.status")).isEqualTo("won");
        });
        assertThat(payloads.get("opportunity.lost")).singleElement()
                .satisfies(p -> assertThat((String) JsonPath.read(p, "$.data.opportunityId")).isEqualTo(lost.toString()));
        // every event has its own id, the same as in the payload
        assertThat(rows).allSatisfy(r -> assertThat((String) JsonPath.read((String) r.get("payload"), "$.id"))
                .isEqualTo(r.get("event_id").toString()));
        assertThat(rows.stream().map(r -> r.get("event_id")).distinct()).hasSize(rows.size());
    }

    private void refused(String url, String language, String message) throws Exception {
        api.perform(company.admin(), post("/api/v1/webhooks").header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":" + Api.quote(url) + ",\"eventTypes\":[\"account.created\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private UUID deal(IdentityFixtures.TestUser user, UUID account, String name) throws Exception {
        return Api.idOf(api.post(user, "/api/v1/opportunities", "{\"name\":\"" + name + "\",\"accountId\":\"" + account
                        + "\",\"amount\":\"100000\",\"expectedCloseDate\":\"" + LocalDate.now().plusDays(30) + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}
