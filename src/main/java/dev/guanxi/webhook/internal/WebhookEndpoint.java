package dev.guanxi.webhook.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered endpoint as administrators see it: never with its secret. */
public record WebhookEndpoint(UUID id, long version, String url, String description, List<String> eventTypes,
                              boolean active, UUID createdBy, Instant createdAt, Instant updatedAt) {

    /** What an administrator submits to register or change an endpoint; a null field keeps its value on a change. */
    public record Form(String url, String description, List<String> eventTypes, Boolean active) {
    }

    /** The answer to a registration or a secret rotation: the only time the secret is shown. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }
}
