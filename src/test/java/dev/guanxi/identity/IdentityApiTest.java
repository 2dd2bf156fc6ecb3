package dev.guanxi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class IdentityApiTest {

    @Autowired
    MockMvc mvc;
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
    void tokenForRightPasswordOnly() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + company.eastRep().email() + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}")
                        .with(from("10.1.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + company.eastRep().email() + "\",\"password\":\"wrong-password\"}")
                        .with(from("10.1.0.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/bad-credentials"));
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() throws Exception {
        String email = company.westRep().email();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + email + "\",\"password\":\"guess-" + i + "\"}").with(from("10.2.0." + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}")
                        .with(from("10.2.0.99")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/throttled"));
        assertThat(jdbc.sql("select count(*) from login_events where email = :e and outcome = 'throttled'")
                .param("e", email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresFromOneAddressThrottleThatAddress() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"nobody" + i + "@nowhere.test\",\"password\":\"x\"}").with(from("10.3.3.3")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + company.eastRep2().email() + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}")
                        .with(from("10.3.3.3")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void administratorCreatesUserWithoutTheHashEverLeaving() throws Exception {
        String body = """
                {"name": "新同事", "email": "new.%s@test.guanxi", "password": "secret-pass-1",
                 "departmentId": "%s", "managerId": "%s", "roles": ["sales_rep"], "language": "zh-CN", "timeZone": "Asia/Shanghai"}
                """.formatted(System.nanoTime(), company.east(), company.eastManager().id());
        MvcResult result = mvc.perform(post("/api/v1/users").header("Authorization", company.admin().bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/users/")))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.roles[0]").value("sales_rep"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret-pass-1").doesNotContain("bcrypt");
    }

    @Test
    void onlyAdministratorsChangeUsers() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", company.eastManager().bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"email\":\"x" + System.nanoTime() + "@test.guanxi\",\"password\":\"secret-pass-1\",\"roles\":[\"admin\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/users/" + company.eastRep().id()).header("Authorization", company.eastRep().bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"admin\"]}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from user_roles where user_id = :id and role = 'admin'")
                .param("id", company.eastRep().id()).query(Long.class).single()).isZero();
    }

    @Test
    void disablingAUserStopsTheirTokensAtOnce() throws Exception {
        mvc.perform(get("/api/v1/users/me").header("Authorization", company.eastRep2().bearer()))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/v1/users/" + company.eastRep2().id()).header("Authorization", company.admin().bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"active\": false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/users/me").header("Authorization", company.eastRep2().bearer()))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from security_log where action = 'user.disabled' and target_id = :id")
                .param("id", company.eastRep2().id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(patch("/api/v1/users/" + company.westRep().id()).header("Authorization", company.admin().bearer())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"First\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/v1/users/" + company.westRep().id()).header("Authorization", company.admin().bearer())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Second\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/stale-version"));
        assertThat(jdbc.sql("select title from users where id = :id").param("id", company.westRep().id())
                .query(String.class).single()).isEqualTo("First");
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/departments").header("Authorization", company.admin().bearer())
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("部分字段无效，未保存任何内容。"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/departments").header("Authorization", company.admin().bearer())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://guanxi.dev/problems/malformed-json"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void departmentCannotMoveBelowItself() throws Exception {
        mvc.perform(patch("/api/v1/departments/" + company.sales()).header("Authorization", company.admin().bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":\"" + company.east() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        assertThat(jdbc.sql("select parent_id from departments where id = :id").param("id", company.sales())
                .query((rs, n) -> rs.getObject(1)).optional()).isEmpty();
    }

    @Test
    void unauthenticatedCallsGetProblemJson() throws Exception {
        mvc.perform(get("/api/v1/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer gx_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void teamsListWithTheirMembersOnTheApiAndThePage() throws Exception {
        String body = mvc.perform(post("/api/v1/teams").header("Authorization", company.admin().bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Key accounts " + System.nanoTime() + "\", \"memberIds\": [\""
                                + company.eastRep().id() + "\", \"" + company.westRep().id() + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/teams").header("Authorization", company.eastRep().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].memberIds.length()").value(2));
        mvc.perform(get("/api/v1/teams/" + id).header("Authorization", company.eastRep().bearer()))
                .andExpect(jsonPath("$.memberIds.length()").value(2));
        mvc.perform(get("/admin/teams").with(dev.guanxi.support.Api.signedIn(company.admin())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(company.westRep().name())));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
