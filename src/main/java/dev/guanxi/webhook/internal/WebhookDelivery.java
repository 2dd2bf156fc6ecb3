package dev.guanxi.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends due deliveries: claims one, POSTs it (connect 5 s, answer 10 s, redirects not followed),
 * settles it. A 2xx answer delivers it; anything else is retried after
 * {@code retry-base × 2^(attempts − 1)} (at most {@code max-backoff}) until {@code max-attempts}, then it
 * is failed and waits for an administrator's "redeliver". Every step takes {@code now} from the caller,
 * so tests drive time explicitly.
 */
@Service
public class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookOutbox outbox;
    private final WebhookEndpoints endpoints;
    private final WebhookUrlPolicy urls;
    private final HttpClient http;
    private final int maxAttempts;
    private final Duration retryBase;
    private final Duration maxBackoff;
    private final Duration lease;
    private final int batch;

    WebhookDelivery(WebhookOutbox outbox, WebhookEndpoints endpoints, WebhookUrlPolicy urls,
                    @Value("${guanxi.webhooks.max-attempts:10}") int maxAttempts,
                    @Value("${guanxi.webhooks.retry-base:PT30S}") Duration retryBase,
                    @Value("${guanxi.webhooks.max-backoff:PT1H}") Duration maxBackoff,
                    @Value("${guanxi.webhooks.lease:PT2M}") Duration lease,
                    @Value("${guanxi.webhooks.batch:50}") int batch) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.urls = urls;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
        this.batch = batch;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One round at {@code now}: attempts up to a batch of due deliveries; returns how many were delivered. */
    public int deliverDue(Instant now) {
        int delivered = 0;
        for (int i = 0; i < batch; i++) {
            WebhookOutbox.Claimed claimed = outbox.claimNext(now, now.plus(lease));
            if (claimed == null) {
                break;
            }
            if (attempt(claimed, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean attempt(WebhookOutbox.Claimed claimed, Instant now) {
        WebhookEndpoints.Target target = endpoints.target(claimed.endpointId());
        Integer code = null;
        String error;
        try {
            URI uri = URI.create(target.url());
            urls.checkBeforeSending(uri);
            HttpResponse<Void> response = http.send(request(claimed, target, uri, now), HttpResponse.BodyHandlers.discarding());
            code = response.statusCode();
            if (code >= 200 && code < 300) {
                outbox.delivered(claimed, code, now);
                return true;
            }
            error = "HTTP " + code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (IOException | RuntimeException | WebhookUrlPolicy.RefusedAddressException e) {
            error = describe(e);
        }
        Instant retryAt = claimed.attempts() >= maxAttempts ? null : now.plus(backoff(claimed.attempts()));
        log.warn("webhook delivery {} (event {}) not delivered, attempt {}: {}", claimed.id(), claimed.eventId(),
                claimed.attempts(), error);
        outbox.attemptFailed(claimed, code, error, retryAt);
        return false;
    }

    private static HttpRequest request(WebhookOutbox.Claimed claimed, WebhookEndpoints.Target target, URI uri, Instant now) {
        long timestamp = now.getEpochSecond();
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Guanxi-Webhooks/1")
                .header("X-Guanxi-Event", claimed.eventType())
                .header("X-Guanxi-Delivery", claimed.eventId().toString())
                .header("X-Guanxi-Timestamp", Long.toString(timestamp))
                .header("X-Guanxi-Signature", WebhookSignature.sign(target.secret(), timestamp, claimed.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(claimed.payload(), StandardCharsets.UTF_8))
                .build();
    }

    /** {@code retry-base × 2^(attempts − 1)}, capped at {@code max-backoff}. */
    Duration backoff(int attempts) {
        Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
