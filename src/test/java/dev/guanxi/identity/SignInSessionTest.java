package dev.guanxi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Browser sign-in: sessions, remember-me, sign-out, and what disabling a user does to them. */
@IntegrationTest
class SignInSessionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;

    Company company;

    @BeforeEach
    void company() {
        company = fixtures.company();
    }

    @Test
    void aDisabledUsersSessionAndRememberMeStopWorkingAtOnce() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).with(Api.from("10.20.0.1"))
                        .param("username", company.eastRep2().email()).param("password", IdentityFixtures.PASSWORD)
                        .param("remember-me", "on"))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        Cookie rememberMe = login.getResponse().getCookie("guanxi-remember-me");
        assertThat(rememberMe).isNotNull();

        mvc.perform(get("/accounts").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/accounts").cookie(rememberMe)).andExpect(status().isOk());

        api.patch(company.admin(), "/api/v1/users/" + company.eastRep2().id(), "{\"active\":false}").andExpect(status().isOk());

        mvc.perform(get("/accounts").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/accounts").cookie(rememberMe)).andExpect(status().is3xxRedirection());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).with(Api.from("10.20.0.2"))
                        .param("username", company.westRep().email()).param("password", IdentityFixtures.PASSWORD))
                .andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/accounts").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPersonalTokenCreatedInTheProfileWorksUntilRevoked() throws Exception {
        MvcResult created = api.page(company.eastManager(), post("/profile/tokens").with(csrf())
                        .param("name", "ERP sync").param("days", "30"))
                .andExpect(redirectedUrl("/profile")).andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("gx_");
        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(company.eastManager().email()));
        String profile = api.page(company.eastManager(), get("/profile")).andReturn().getResponse().getContentAsString();
        assertThat(profile).contains("ERP sync").doesNotContain(token);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/accounts")))
                .andExpect(content().string(containsString("/api/v1/contacts")))
                .andExpect(content().string(containsString("/api/v1/auth/token")));
    }
}
