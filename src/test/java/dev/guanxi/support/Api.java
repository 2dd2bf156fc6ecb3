package dev.guanxi.support;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls the REST API through the real filter chain as a given test user. */
@Component
public class Api {

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions get(IdentityFixtures.TestUser user, String path, Object... vars) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)));
    }

    public ResultActions post(IdentityFixtures.TestUser user, String path, String json) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions patch(IdentityFixtures.TestUser user, String path, String json) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions delete(IdentityFixtures.TestUser user, String path) throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path)));
    }

    public ResultActions perform(IdentityFixtures.TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(user, request));
    }

    /** A multipart request (uploads) with the user's bearer token. */
    public ResultActions perform(IdentityFixtures.TestUser user,
                                 org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(user == null ? request : request.header("Authorization", user.bearer()));
    }

    /** GET with query parameters (encoded by MockMvc, so Chinese and hostile text arrive as typed). */
    public ResultActions query(IdentityFixtures.TestUser user, String path, String... nameValuePairs) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return mvc.perform(as(user, request));
    }

    /** A page request as a signed-in browser user (session sign-in, not a bearer token). */
    public ResultActions page(IdentityFixtures.TestUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signedIn(user)));
    }

    /** A request from another client address (throttling counts per address). */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(IdentityFixtures.TestUser user) {
        // The principal only names the user: the application reloads roles and department on every request.
        dev.guanxi.identity.CurrentUser principal = new dev.guanxi.identity.CurrentUser(user.id(), user.email(), user.name(),
                "en", "Asia/Shanghai", user.departmentId(), java.util.Set.of(), java.util.List.of());
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(principal, null, java.util.List.of()));
    }

    /** Creates an account as {@code user} and returns its id. */
    public UUID account(IdentityFixtures.TestUser user, String json) throws Exception {
        String body = post(user, "/api/v1/accounts", json).andReturn().getResponse().getContentAsString();
        return idOf(body);
    }

    public UUID account(IdentityFixtures.TestUser user, String name, String extraJson) throws Exception {
        return account(user, "{\"name\":" + quote(name) + (extraJson == null || extraJson.isEmpty() ? "" : "," + extraJson) + "}");
    }

    public UUID contact(IdentityFixtures.TestUser user, String json) throws Exception {
        return idOf(post(user, "/api/v1/contacts", json).andReturn().getResponse().getContentAsString());
    }

    public static UUID idOf(String body) {
        try {
            return UUID.fromString(JsonPath.read(body, "$.id"));
        } catch (RuntimeException e) {
            throw new AssertionError("no id in response: " + body, e);
        }
    }

    public static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static MockHttpServletRequestBuilder as(IdentityFixtures.TestUser user, MockHttpServletRequestBuilder request) {
        return user == null ? request : request.header("Authorization", user.bearer());
    }
}
