package dev.guanxi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.identity.Role;
import dev.guanxi.notification.internal.MailDelivery;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.TestUser;
import dev.guanxi.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notification centre through the API and the pages: own notifications only, dedupe, read state, the bell. */
@IntegrationTest
class NotificationApiTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    Mailer mailer;
    @Autowired
    MailDelivery delivery;
    @Autowired
    JdbcClient jdbc;

    TestUser rex;
    TestUser will;

    @BeforeEach
    void users() {
        UUID department = fixtures.department("Notified", null);
        rex = fixtures.user("Rex Reader", department, Role.SALES_REP);
        will = fixtures.user("Will Other", department, Role.SALES_REP);
    }

    @Test
    void theSameDedupeKeyIsNotifiedOnceAndTheTextIsRenderedInTheReadersLanguage() throws Exception {
        assertThat(notifications.notify(greeting(rex, "once"))).isTrue();
        assertThat(notifications.notify(greeting(rex, "once"))).isFalse();
        assertThat(notifications.notify(greeting(will, "once"))).isTrue();

        api.get(rex, "/api/v1/notifications").andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].message").value("Hello Rex,"))
                .andExpect(jsonPath("$.items[0].link").value("/profile"))
                .andExpect(jsonPath("$.items[0].read").value(false))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        api.perform(rex, get("/api/v1/notifications").header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.items[0].message").value("Rex，您好："));
    }

    @Test
    void unreadCountFilterKeysetPagingAndMarkingRead() throws Exception {
        for (int i = 0; i < 3; i++) {
            notifications.notify(greeting(rex, "n" + i));
        }
        api.get(rex, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.count").value(3));
        String first = api.get(rex, "/api/v1/notifications?limit=2").andExpect(jsonPath("$.items.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        List<String> firstIds = JsonPath.read(first, "$.items[*].id");
        String second = api.query(rex, "/api/v1/notifications", "limit", "2", "cursor", cursor)
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.nextCursor").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String last = JsonPath.read(second, "$.items[0].id");
        assertThat(firstIds).doesNotContain(last);

        api.post(rex, "/api/v1/notifications/" + last + "/read", "").andExpect(status().isNoContent());
        api.get(rex, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.count").value(2));
        api.get(rex, "/api/v1/notifications?unread=true").andExpect(jsonPath("$.items.length()").value(2));
        api.post(rex, "/api/v1/notifications/read-all", "").andExpect(jsonPath("$.marked").value(2));
        api.get(rex, "/api/v1/notifications/unread-count").andExpect(jsonPath("$.count").value(0));
        api.get(rex, "/api/v1/notifications?unread=true").andExpect(jsonPath("$.items.length()").value(0));
        api.get(rex, "/api/v1/notifications").andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].read").value(true));
    }

    @Test
    void anotherUsersNotificationIsNotFound() throws Exception {
        notifications.notify(greeting(will, "private"));
        UUID hers = jdbc.sql("select id from notifications where recipient_id = :u").param("u", will.id())
                .query(UUID.class).single();
        api.post(rex, "/api/v1/notifications/" + hers + "/read", "").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.page(rex, post("/notifications/" + hers + "/read").with(csrf())).andExpect(status().isNotFound());
        api.post(rex, "/api/v1/notifications/read-all", "").andExpect(jsonPath("$.marked").value(0));
        assertThat(jdbc.sql("select read_at is null from notifications where id = :id").param("id", hers)
                .query(Boolean.class).single()).isTrue();
        api.get(rex, "/api/v1/notifications").andExpect(jsonPath("$.items.length()").value(0));
        api.get(null, "/api/v1/notifications").andExpect(status().isUnauthorized());
    }

    @Test
    void theBellThePageAndOpeningANotification() throws Exception {
        notifications.notify(greeting(rex, "bell"));
        api.page(rex, get("/notifications/bell").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("gx-bell-count")))
                .andExpect(content().string(containsString(">1<")));
        api.page(rex, get("/")).andExpect(content().string(containsString("/notifications/bell")));
        api.page(rex, get("/notifications")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hello Rex,")));
        UUID id = jdbc.sql("select id from notifications where recipient_id = :u").param("u", rex.id())
                .query(UUID.class).single();
        api.page(rex, post("/notifications/" + id + "/read").param("open", "true").with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        api.page(rex, get("/notifications/bell")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("gx-bell-count"))));
        api.page(rex, post("/notifications/read-all")).andExpect(status().isForbidden());
    }

    @Test
    void aNotificationCanQueueItsMailWhichWaitsWhileNoMailServerIsConfigured() throws Exception {
        notifications.notify(new NotificationDraft(rex.id(), "test.greeting", "notification.mail.greeting",
                List.of("Rex\r\nBcc: evil@example.com"), "/profile", "mail", true));
        var mail = jdbc.sql("select id, subject, html_body, status from mail_outbox where recipient = :to")
                .param("to", rex.email()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
        assertThat(mail.get(1)).startsWith("[Guanxi] Hello Rex").doesNotContain("\r").doesNotContain("\n");
        assertThat(mail.get(2)).contains("http://localhost:8080/profile");
        assertThat(delivery.deliverDue()).isZero();
        assertThat(jdbc.sql("select status from mail_outbox where id = :id").param("id", UUID.fromString(mail.get(0)))
                .query(String.class).single()).isEqualTo("pending");
    }

    @Test
    void theMailOutboxPageIsForAdministrators() throws Exception {
        TestUser admin = fixtures.user("Ada Mail", null, Role.ADMIN);
        mailer.queue(new MailDraft("someone@example.com", "Waiting <b>mail</b>", "<p>hi</p>"));
        api.page(admin, get("/admin/mail")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting &lt;b&gt;mail&lt;/b&gt;")));
        api.page(rex, get("/admin/mail")).andExpect(status().isForbidden());
    }

    private static NotificationDraft greeting(TestUser to, String dedupe) {
        return new NotificationDraft(to.id(), "test.greeting", "notification.mail.greeting", List.of("Rex"), "/profile",
                dedupe, false);
    }
}
