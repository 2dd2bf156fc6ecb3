package dev.guanxi.webhook.web;

import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.web.ETags;
import dev.guanxi.webhook.internal.WebhookEndpoint;
import dev.guanxi.webhook.internal.WebhookEndpoints;
import dev.guanxi.webhook.internal.WebhookOutbox;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/webhooks} — administrators only. The secret appears in the answer to the registration
 * and to {@code POST /{id}/secret} (rotation), never anywhere else.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Webhooks")
class WebhookApi {

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;

    WebhookApi(WebhookEndpoints endpoints, WebhookOutbox outbox) {
        this.endpoints = endpoints;
        this.outbox = outbox;
    }

    /** The endpoint plus its secret, only as the answer to a registration or a rotation. */
    record EndpointWithSecret(UUID id, long version, String url, String description, List<String> eventTypes,
                              boolean active, UUID createdBy, Instant createdAt, Instant updatedAt, String secret) {
        static EndpointWithSecret of(WebhookEndpoint.WithSecret created) {
            WebhookEndpoint e = created.endpoint();
            return new EndpointWithSecret(e.id(), e.version(), e.url(), e.description(), e.eventTypes(), e.active(),
                    e.createdBy(), e.createdAt(), e.updatedAt(), created.secret());
        }
    }

    @GetMapping
    Slice<WebhookEndpoint> list() {
        return new Slice<>(endpoints.all(), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<WebhookEndpoint> get(@PathVariable UUID id) {
        WebhookEndpoint endpoint = endpoints.require(id);
        return ETags.ok(endpoint, endpoint.version());
    }

    @PostMapping
    ResponseEntity<EndpointWithSecret> register(@RequestBody JsonNode body) {
        WebhookEndpoint.WithSecret created = endpoints.register(form(body));
        return ETags.created("/api/v1/webhooks/" + created.endpoint().id(), EndpointWithSecret.of(created),
                created.endpoint().version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<WebhookEndpoint> change(@PathVariable UUID id, @RequestBody JsonNode body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        WebhookEndpoint endpoint = endpoints.change(id, form(body), ETags.expectedVersion(ifMatch));
        return ETags.ok(endpoint, endpoint.version());
    }

    @PostMapping("/{id}/secret")
    ResponseEntity<EndpointWithSecret> rotateSecret(@PathVariable UUID id) {
        WebhookEndpoint.WithSecret rotated = endpoints.rotateSecret(id);
        return ETags.ok(EndpointWithSecret.of(rotated), rotated.endpoint().version());
    }

    @GetMapping("/{id}/deliveries")
    Slice<WebhookOutbox.Delivery> deliveries(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                             @RequestParam(required = false) String cursor) {
        endpoints.require(id);
        return outbox.log(id, PageRequest.of(limit, cursor, WebhookOutbox.NEWEST_FIRST));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    ResponseEntity<Void> redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        outbox.redeliver(id, deliveryId);
        return ResponseEntity.accepted().build();
    }

    private static WebhookEndpoint.Form form(JsonNode body) {
        return new WebhookEndpoint.Form(text(body, "url"), text(body, "description"), eventTypes(body),
                body.has("active") && !body.get("active").isNull() ? bool(body) : null);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ValidationException.of(field, "validation.type");
        }
        return node.asString();
    }

    private static Boolean bool(JsonNode body) {
        if (!body.get("active").isBoolean()) {
            throw ValidationException.of("active", "validation.type");
        }
        return body.get("active").asBoolean();
    }

    private static List<String> eventTypes(JsonNode body) {
        JsonNode node = body.get("eventTypes");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw ValidationException.of("eventTypes", "validation.type");
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode code : node) {
            if (!code.isString()) {
                throw ValidationException.of("eventTypes", "validation.type");
            }
            codes.add(code.asString());
        }
        return codes;
    }
}
