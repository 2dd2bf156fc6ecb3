package dev.guanxi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Pages through the real filter chain: sign-in, CSRF, forms with errors beside fields, languages, headers. */
@IntegrationTest
class PagesTest {

    @Autowired
    MockMvc mvc;
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
    void theLoginPageSpeaksBothLanguages() throws Exception {
        mvc.perform(get("/login").param("lang", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("登录")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void signInNeedsTheCsrfTokenAndTheRightPassword() throws Exception {
        mvc.perform(post("/login").param("username", company.eastRep().email()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).with(Api.from("10.7.0.1"))
                        .param("username", company.eastRep().email()).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).with(Api.from("10.7.0.1"))
                        .param("username", company.eastRep().email()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from login_events where user_id = :id and outcome = 'success' and channel = 'form'")
                .param("id", company.eastRep().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLoginFormIsThrottledToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(Api.from("10.8.0." + i))
                    .param("username", company.westRep().email()).param("password", "guess" + i));
        }
        mvc.perform(post("/login").with(csrf()).with(Api.from("10.8.1.1"))
                        .param("username", company.westRep().email()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/login/throttled"));
        mvc.perform(get("/login/throttled").requestAttr("guanxi.retryAfterSeconds", 42L))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Try again in 42 seconds")));
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/accounts").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void anAccountFormKeepsTheInputAndShowsErrorsBesideTheFields() throws Exception {
        long before = jdbc.sql("select count(*) from accounts").query(Long.class).single();
        api.page(company.eastRep(), post("/accounts/new").with(csrf())
                        .param("name", "Kept Input Co").param("email", "not-an-email").param("type", "end_customer")
                        .param("status", "active").param("currency", "CNY").param("annualRevenue", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kept Input Co\"")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Not a valid e-mail address.")));
        assertThat(jdbc.sql("select count(*) from accounts").query(Long.class).single()).isEqualTo(before);
        api.page(company.eastRep(), post("/accounts/new").with(csrf())
                        .param("name", "Saved Co " + System.nanoTime()).param("type", "distributor").param("status", "active")
                        .param("currency", "CNY").param("tagsText", "钢材，重点, vip"))
                .andExpect(redirectedUrlPattern("/accounts/*"));
    }

    @Test
    void editingAStaleVersionShowsAWarningInsteadOfOverwriting() throws Exception {
        UUID account = api.account(company.eastRep(), "Stale Page Co " + System.nanoTime(), null);
        api.patch(company.eastRep(), "/api/v1/accounts/" + account, "{\"city\":\"西安\"}");
        api.page(company.eastRep(), post("/accounts/" + account + "/edit").with(csrf()).param("version", "0")
                        .param("name", "Overwritten").param("type", "end_customer").param("status", "active")
                        .param("currency", "CNY").param("ownerId", company.eastRep().id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this record")));
        assertThat(jdbc.sql("select name from accounts where id = :id").param("id", account).query(String.class).single())
                .startsWith("Stale Page Co");
    }

    @Test
    void switchingTheLanguageIsRemembered() throws Exception {
        api.page(company.eastRep(), get("/accounts").param("lang", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("新建客户")));
        assertThat(jdbc.sql("select language from users where id = :id").param("id", company.eastRep().id())
                .query(String.class).single()).isEqualTo("zh-CN");
        api.page(company.eastRep(), get("/accounts")).andExpect(content().string(containsString("新建客户")));
    }

    @Test
    void administrationIsForAdministrators() throws Exception {
        api.page(company.eastManager(), get("/admin/users")).andExpect(status().isForbidden());
        api.page(company.admin(), get("/admin/users")).andExpect(status().isOk());
        api.page(company.admin(), get("/admin/departments")).andExpect(status().isOk());
        api.page(company.admin(), get("/admin/roles")).andExpect(status().isOk());
        api.page(company.admin(), get("/admin/security-log")).andExpect(status().isOk());
        api.page(company.admin(), get("/admin/teams")).andExpect(status().isOk());
    }

    @Test
    void everyPageOfAnAccountRendersAndHtmxGetsTheFragmentOnly() throws Exception {
        UUID account = api.account(company.eastRep(), "Render Co " + System.nanoTime(), "\"grade\":\"A\"");
        api.contact(company.eastRep(), "{\"name\":\"周杰\",\"accountId\":\"" + account + "\"}");
        for (String path : new String[] {"/", "/accounts", "/accounts/pool", "/accounts/" + account,
                "/accounts/" + account + "/edit", "/accounts/new", "/contacts", "/contacts/new", "/recycle-bin", "/profile",
                "/search?q=Render"}) {
            api.page(company.eastRep(), get(path)).andExpect(status().isOk());
        }
        api.page(company.eastRep(), get("/accounts").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("account-results")));
        api.page(company.eastRep(), get("/accounts/" + account + "/history")).andExpect(status().isOk())
                .andExpect(content().string(containsString("gx-timeline")));
    }

    @Test
    void anotherDepartmentsAccountPageIsNotFound() throws Exception {
        UUID account = api.account(company.eastRep(), "Private Page Co " + System.nanoTime(), null);
        api.page(company.westRep(), get("/accounts/" + account)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Private Page Co"))));
        api.page(company.westRep(), get("/accounts/not-a-uuid")).andExpect(status().isNotFound());
        api.page(company.westRep(), post("/accounts/" + account + "/delete").with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select deleted_at is null from accounts where id = :id").param("id", account)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void theHealthCheckAnswersUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
    }
}
