package dev.guanxi.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounts API: create, read, update, delete and restore, with the rules that guard them. */
@IntegrationTest
class AccountApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
    }

    @Test
    void aRepCreatesAnAccountThatBelongsToThemAndTheirDepartment() throws Exception {
        api.post(company.eastRep(), "/api/v1/accounts", """
                        {"name": "上海华东钢铁贸易有限公司", "type": "trader", "industry": "steel_metals", "grade": "A",
                         "status": "active", "phone": "021-6234 5678", "annualRevenue": "12500000.50", "currency": "CNY",
                         "capacity": "5,000 吨/年", "tags": ["钢材", "重点"]}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/accounts/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.ownerId").value(company.eastRep().id().toString()))
                .andExpect(jsonPath("$.departmentId").value(company.east().toString()))
                .andExpect(jsonPath("$.annualRevenue").value("12500000.50"))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.tags[1]").value("重点"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.createdAt").isString());
    }

    @Test
    void eachRoleSeesExactlyTheAccountsOfItsScopeOnEveryVerb() throws Exception {
        String marker = "VIS" + System.nanoTime();
        UUID east1 = api.account(company.eastRep(), marker + " East one", null);
        UUID east2 = api.account(company.eastRep2(), marker + " East two", null);
        UUID west = api.account(company.westRep(), marker + " West", null);

        assertSees(company.eastRep(), marker, east1);
        assertSees(company.eastRep2(), marker, east2);
        assertSees(company.westRep(), marker, west);
        assertSees(company.eastManager(), marker, east1, east2);
        assertSees(company.director(), marker, east1, east2, west);
        assertSees(company.vp(), marker, east1, east2, west);
        assertSees(company.admin(), marker, east1, east2, west);

        // another department's record answers 404, exactly like a missing one, and is not changed
        api.get(company.westRep(), "/api/v1/accounts/" + east1).andExpect(status().isNotFound());
        api.get(company.westRep(), "/api/v1/accounts/" + UUID.randomUUID()).andExpect(status().isNotFound());
        api.patch(company.westRep(), "/api/v1/accounts/" + east1, "{\"name\":\"hijacked\"}").andExpect(status().isNotFound());
        api.delete(company.westRep(), "/api/v1/accounts/" + east1).andExpect(status().isNotFound());
        api.get(company.eastManager(), "/api/v1/accounts/" + west + "/history").andExpect(status().isNotFound());
        api.get(company.eastManager(), "/api/v1/accounts/" + west + "/network").andExpect(status().isNotFound());
        assertThat(name(east1)).isEqualTo(marker + " East one");
        assertThat(jdbc.sql("select deleted_at is null from accounts where id = :id").param("id", east1)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRepCannotGiveAnAccountAwayButTheirManagerCanAndTheContactsFollow() throws Exception {
        UUID account = api.account(company.eastRep(), "Reassign Ltd " + System.nanoTime(), null);
        UUID contact = api.contact(company.eastRep(), "{\"name\":\"李娜\",\"accountId\":\"" + account + "\"}");

        api.patch(company.eastRep(), "/api/v1/accounts/" + account, "{\"ownerId\":\"" + company.eastRep2().id() + "\"}")
                .andExpect(status().isForbidden());
        assertThat(owner("accounts", account)).isEqualTo(company.eastRep().id());

        api.patch(company.eastManager(), "/api/v1/accounts/" + account, "{\"ownerId\":\"" + company.westRep().id() + "\"}")
                .andExpect(status().isForbidden());
        api.post(company.eastManager(), "/api/v1/accounts/reassign",
                        "{\"accountIds\":[\"" + account + "\"],\"ownerId\":\"" + company.eastRep2().id() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reassigned").value(1));
        assertThat(owner("accounts", account)).isEqualTo(company.eastRep2().id());
        assertThat(owner("contacts", contact)).isEqualTo(company.eastRep2().id());
        api.get(company.eastRep(), "/api/v1/accounts/" + account).andExpect(status().isNotFound());
        api.get(company.eastRep2(), "/api/v1/contacts/" + contact).andExpect(status().isOk());
    }

    @Test
    void fieldsTheCallerMayNotSetAreIgnored() throws Exception {
        UUID account = api.account(company.eastRep(), "Mass Assignment Co " + System.nanoTime(), null);
        api.patch(company.eastRep(), "/api/v1/accounts/" + account, """
                        {"departmentId": "%s", "createdBy": "%s", "id": "%s", "createdAt": "2001-01-01T00:00:00Z",
                         "city": "杭州"}""".formatted(company.west(), company.admin().id(), UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(account.toString()))
                .andExpect(jsonPath("$.departmentId").value(company.east().toString()))
                .andExpect(jsonPath("$.createdBy").value(company.eastRep().id().toString()))
                .andExpect(jsonPath("$.city").value("杭州"));
    }

    @Test
    void badInputIsExplainedFieldByFieldAndChangesNothing() throws Exception {
        long before = countAccounts();
        api.post(company.eastRep(), "/api/v1/accounts", """
                        {"name": "%s", "email": "not-an-email", "phone": "call me maybe", "annualRevenue": "-5",
                         "type": "spaceship", "website": "javascript:alert(1)", "currency": "XXXX"}""".formatted("长".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("annualRevenue")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("website")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("currency")));
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\": \"Ok\", \"type\": \"spaceship\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\": \"Ok\", \"employees\": \"many\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"));
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\": \"Ok\", \"parentAccountId\": \"" + UUID.randomUUID() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentAccountId"));
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\": \"Ok\",").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/malformed-json"));
        api.post(company.eastRep(), "/api/v1/accounts", "[1,2]").andExpect(status().isBadRequest());
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\":" + "[".repeat(2000) + "]".repeat(2000) + "}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
        api.post(company.eastRep(), "/api/v1/accounts", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                .andExpect(status().isContentTooLarge());
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void aGroupStructureCannotBecomeCircular() throws Exception {
        UUID parent = api.account(company.eastRep(), "Group Holding " + System.nanoTime(), null);
        UUID child = api.account(company.eastRep(), "Group Sub", "\"parentAccountId\":\"" + parent + "\"");
        api.patch(company.eastRep(), "/api/v1/accounts/" + parent, "{\"parentAccountId\":\"" + child + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentAccountId"));
        api.patch(company.eastRep(), "/api/v1/accounts/" + parent, "{\"parentAccountId\":\"" + parent + "\"}")
                .andExpect(status().isBadRequest());
        UUID westAccount = api.account(company.westRep(), "West Parent " + System.nanoTime(), null);
        api.patch(company.eastRep(), "/api/v1/accounts/" + child, "{\"parentAccountId\":\"" + westAccount + "\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void scriptInATextFieldIsStoredAsTextAndEscapedOnThePage() throws Exception {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        UUID account = api.account(company.eastRep(), hostile, "\"description\":" + Api.quote(hostile));
        api.get(company.eastRep(), "/api/v1/accounts/" + account).andExpect(jsonPath("$.name").value(hostile));
        String page = api.page(company.eastRep(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/accounts/" + account)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
    }

    @Test
    void aStaleVersionIsRefusedSoNoUpdateIsLost() throws Exception {
        UUID account = api.account(company.eastRep(), "Concurrent Co " + System.nanoTime(), null);
        api.perform(company.eastRep(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .patch("/api/v1/accounts/" + account).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"city\":\"北京\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        api.perform(company.eastManager(), org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .patch("/api/v1/accounts/" + account).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"city\":\"天津\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(jdbc.sql("select city from accounts where id = :id").param("id", account).query(String.class).single())
                .isEqualTo("北京");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneAccount() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        String body = "{\"name\":\"Idempotent Ltd " + key + "\"}";
        String first = api.perform(company.eastRep(), post("/api/v1/accounts").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = api.perform(company.eastRep(), post("/api/v1/accounts").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(header().string("Location", containsString(Api.idOf(first).toString())))
                .andReturn().getResponse().getContentAsString();
        assertThat(Api.idOf(second)).isEqualTo(Api.idOf(first));
        assertThat(jdbc.sql("select count(*) from accounts where name = :n").param("n", "Idempotent Ltd " + key)
                .query(Long.class).single()).isEqualTo(1);
        api.perform(company.eastRep(), post("/api/v1/accounts").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Something else\"}"))
                .andExpect(status().isUnprocessableContent());
        // the key belongs to its user: another user's identical request is a new request
        api.perform(company.eastRep2(), post("/api/v1/accounts").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotency-Replayed"));
    }

    @Test
    void deletedAccountsGoToTheRecycleBinAndComeBack() throws Exception {
        UUID account = api.account(company.eastRep(), "Recycled Co " + System.nanoTime(), null);
        api.delete(company.eastRep(), "/api/v1/accounts/" + account).andExpect(status().isNoContent());
        api.get(company.eastRep(), "/api/v1/accounts/" + account).andExpect(status().isNotFound());
        api.get(company.eastRep(), "/api/v1/accounts?q=Recycled").andExpect(jsonPath("$.items[*].id", not(hasItem(account.toString()))));
        api.post(company.westRep(), "/api/v1/accounts/" + account + "/restore", "").andExpect(status().isNotFound());
        api.post(company.eastRep(), "/api/v1/accounts/" + account + "/restore", "").andExpect(status().isOk());
        api.get(company.eastRep(), "/api/v1/accounts/" + account + "/history")
                .andExpect(jsonPath("$[0].changes[0].field").value("deleted"))
                .andExpect(jsonPath("$[1].changes[0].field").value("deleted"))
                .andExpect(jsonPath("$[2].kind").value("created"));
    }

    @Test
    void historySaysWhoChangedWhatFromWhatToWhat() throws Exception {
        UUID account = api.account(company.eastRep(), "History Co " + System.nanoTime(), "\"grade\":\"B\",\"city\":\"南京\"");
        api.patch(company.eastManager(), "/api/v1/accounts/" + account, "{\"grade\":\"A\",\"city\":\"苏州\"}")
                .andExpect(status().isOk());
        api.get(company.eastRep(), "/api/v1/accounts/" + account + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actorName").value(company.eastManager().name()))
                .andExpect(jsonPath("$[0].kind").value("changed"))
                .andExpect(jsonPath("$[0].changes[?(@.field=='city')].oldValue").value("南京"))
                .andExpect(jsonPath("$[0].changes[?(@.field=='city')].newValue").value("苏州"))
                .andExpect(jsonPath("$[0].changes[?(@.field=='grade')].newValue").value("A · key account"))
                .andExpect(jsonPath("$[1].kind").value("created"))
                .andExpect(jsonPath("$[1].actorName").value(company.eastRep().name()));
    }

    private void assertSees(IdentityFixtures.TestUser user, String marker, UUID... expected) throws Exception {
        String body = api.get(user, "/api/v1/accounts?limit=200&q=" + marker).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids).as("accounts %s sees", user.name())
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(expected).map(UUID::toString).toList());
        for (UUID id : expected) {
            api.get(user, "/api/v1/accounts/" + id).andExpect(status().isOk());
        }
    }

    private String name(UUID account) {
        return jdbc.sql("select name from accounts where id = :id").param("id", account).query(String.class).single();
    }

    private UUID owner(String table, UUID id) {
        String sql = "accounts".equals(table) ? "select owner_id from accounts where id = :id"
                : "select owner_id from contacts where id = :id";
        return jdbc.sql(sql).param("id", id).query(UUID.class).single();
    }

    private long countAccounts() {
        return jdbc.sql("select count(*) from accounts").query(Long.class).single();
    }
}
