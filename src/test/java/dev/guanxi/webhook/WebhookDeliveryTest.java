package dev.guanxi.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.guanxi.customer.AccountCreated;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IdentityFixtures.Company;
import dev.guanxi.support.IntegrationTest;
import dev.guanxi.webhook.internal.WebhookDelivery;
import dev.guanxi.webhook.internal.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries against a real local HTTP receiver: retried with the same event id and a valid signature
 * until accepted, exactly once accepted; nothing for a rolled-back change; failed after the last
 * attempt while the receiver is down, then delivered by "redeliver"; a claim of a crashed node is
 * taken again after its lease. The sender is driven with explicit times instead of waiting.
 */
@IntegrationTest
class WebhookDeliveryTest {

    @Autowired
    Api api;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookDelivery delivery;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Company company;

    @BeforeEach
    void onlyThisTestsEndpointsAreActive() {
        company = fixtures.company();
        WebhookTesting.disableAllEndpoints(jdbc);
    }

    @AfterEach
    void leaveNoActiveEndpoint() {
        WebhookTesting.disableAllEndpoints(jdbc);
    }

    @Test
    void aReceiverFailingTwiceGetsTheEventOnTheThirdAttemptSignedAndWithTheSameEventId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            var endpoint = WebhookTesting.register(api, company.admin(), receiver.url(), "account.created");
            String name = "深圳华强电子 " + System.nanoTime();
            UUID account = api.account(company.eastRep(), name, null);

            Instant now = Instant.now();
            delivery.deliverDue(now);
            delivery.deliverDue(now); // not due yet: the back-off holds the second attempt back
            assertThat(receiver.requests).hasSize(1);
            delivery.deliverDue(now.plus(Duration.ofMinutes(5)));
            delivery.deliverDue(now.plus(Duration.ofHours(1)));
            delivery.deliverDue(now.plus(Duration.ofHours(2)));

            assertThat(receiver.requests).extracting(WebhookReceiver.Received::answeredWith).containsExactly(500, 500, 204);
            assertThat(receiver.accepted()).hasSize(1);
            String eventId = JsonPath.read(receiver.requests.get(0).body(), "$.id");
            for (WebhookReceiver.Received request : receiver.requests) {
                assertThat(request.header("X-Guanxi-Delivery")).isEqualTo(eventId);
                assertThat(request.header("X-Guanxi-Event")).isEqualTo("account.created");
                assertThat(request.body()).isEqualTo(receiver.requests.get(0).body());
                long timestamp = Long.parseLong(request.header("X-Guanxi-Timestamp"));
                assertThat(request.header("X-Guanxi-Signature"))
                        .isEqualTo(WebhookTesting.hmac(endpoint.secret(), timestamp + "." + request.body()))
                        .isEqualTo(WebhookSignature.sign(endpoint.secret(), timestamp, request.body()));
            }
            String body = receiver.accepted().get(0).body();
            assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("account.created");
            assertThat((String) JsonPath.read(body, "$.data.accountId")).isEqualTo(account.toString());
            assertThat((String) JsonPath.read(body, "$.data.name")).isEqualTo(name);
            assertThat((String) JsonPath.read(body, "$.occurredAt")).isNotBlank();

            api.get(company.admin(), "/api/v1/webhooks/" + endpoint.id() + "/deliveries")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].eventId").value(eventId))
                    .andExpect(jsonPath("$.items[0].status").value("delivered"))
                    .andExpect(jsonPath("$.items[0].attempts").value(3))
                    .andExpect(jsonPath("$.items[0].lastResponseCode").value(204));

            delivery.deliverDue(now.plus(Duration.ofDays(1)));
            assertThat(receiver.requests).hasSize(3);
        }
    }

    @Test
    void aRolledBackChangeSendsNothingAndACommittedOneIsInTheOutbox() throws Exception {
        var endpoint = WebhookTesting.register(api, company.admin(), "http://127.0.0.1:9/hook", "account.created");
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new AccountCreated(rolledBack, "Rolled back", company.eastRep().id()));
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx ->
                events.publishEvent(new AccountCreated(committed, "Committed", company.eastRep().id())));

        assertThat(WebhookTesting.deliveriesMentioning(jdbc, endpoint.id(), rolledBack)).isZero();
        assertThat(WebhookTesting.deliveriesMentioning(jdbc, endpoint.id(), committed)).isOne();
    }

    @Test
    void whileTheReceiverIsDownTheDeliveryFailsAfterTheLastAttemptAndARedeliveryArrivesOnceItIsUp() throws Exception {
        int port = WebhookReceiver.freePort();
        var endpoint = WebhookTesting.register(api, company.admin(), "http://127.0.0.1:" + port + "/hook", "account.updated");
        UUID account = api.account(company.eastRep(), "Down " + System.nanoTime(), null);
        api.patch(company.eastRep(), "/api/v1/accounts/" + account, "{\"phone\":\"021-55550000\"}").andExpect(status().isOk());

        Instant now = Instant.now();
        for (int attempt = 0; attempt < 10; attempt++) {
            delivery.deliverDue(now.plus(Duration.ofHours(2L * attempt)));
        }
        Map<String, Object> row = WebhookTesting.onlyDelivery(jdbc, endpoint.id());
        assertThat(row).containsEntry("status", "failed").containsEntry("attempts", 10);
        assertThat((String) row.get("last_error")).isNotBlank();

        try (WebhookReceiver receiver = WebhookReceiver.on(port)) {
            delivery.deliverDue(now.plus(Duration.ofDays(2)));
            assertThat(receiver.requests).isEmpty(); // failed stays failed until someone acts
            api.post(company.admin(), "/api/v1/webhooks/" + endpoint.id() + "/deliveries/" + row.get("id") + "/redeliver", "")
                    .andExpect(status().isAccepted());
            delivery.deliverDue(Instant.now());

            assertThat(receiver.accepted()).hasSize(1);
            assertThat(receiver.requests.get(0).header("X-Guanxi-Delivery")).isEqualTo(row.get("event_id").toString());
            assertThat((String) JsonPath.read(receiver.requests.get(0).body(), "$.data.accountId")).isEqualTo(account.toString());
            assertThat(WebhookTesting.onlyDelivery(jdbc, endpoint.id())).containsEntry("status", "delivered");
        }
    }

    @Test
    void aClaimOfANodeThatDiedIsTakenAgainOnceItsLeaseRunsOut() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(0)) {
            var endpoint = WebhookTesting.register(api, company.admin(), receiver.url(), "account.created");
            api.account(company.eastRep(), "Crash " + System.nanoTime(), null);
            // as if a node claimed it and died before the answer: 'sending' with a lease
            Instant now = Instant.now();
            jdbc.sql("""
                            update webhook_deliveries set status = 'sending', attempts = 1, lease_until = :lease
                            where endpoint_id = :endpoint
                            """)
                    .param("lease", java.sql.Timestamp.from(now.plus(Duration.ofMinutes(2))))
                    .param("endpoint", endpoint.id()).update();

            delivery.deliverDue(now.plus(Duration.ofMinutes(1)));
            assertThat(receiver.requests).isEmpty();
            delivery.deliverDue(now.plus(Duration.ofMinutes(3)));

            assertThat(receiver.accepted()).hasSize(1);
            assertThat(WebhookTesting.onlyDelivery(jdbc, endpoint.id()))
                    .containsEntry("status", "delivered").containsEntry("attempts", 2);
        }
    }
}
