package dev.guanxi.webhook;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixtures of the webhook tests. */
final class WebhookTesting {

    record Registered(UUID id, String secret) {
    }

    private WebhookTesting() {
    }

    static Registered register(Api api, IdentityFixtures.TestUser admin, String url, String... types) throws Exception {
        String json = "{\"url\":" + Api.quote(url) + ",\"description\":\"test\",\"eventTypes\":["
                + String.join(",", java.util.Arrays.stream(types).map(Api::quote).toList()) + "]}";
        String body = api.post(admin, "/api/v1/webhooks", json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Registered(Api.idOf(body), JsonPath.read(body, "$.secret"));
    }

    /** Other tests' endpoints would otherwise collect events from every test that follows and be sent to. */
    static void disableAllEndpoints(JdbcClient jdbc) {
        jdbc.sql("update webhook_endpoints set active = false where active").update();
    }

    static long deliveriesMentioning(JdbcClient jdbc, UUID endpoint, UUID recordId) {
        return jdbc.sql("select count(*) from webhook_deliveries where endpoint_id = :e and payload like :id")
                .param("e", endpoint).param("id", "%" + recordId + "%").query(Long.class).single();
    }

    static Map<String, Object> onlyDelivery(JdbcClient jdbc, UUID endpoint) {
        return jdbc.sql("select * from webhook_deliveries where endpoint_id = :e").param("e", endpoint)
                .query().singleRow();
    }

    /** The receiver's side of the signature, written out independently of the application's code. */
    static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
