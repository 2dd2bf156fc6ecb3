package dev.guanxi.webhook.internal;

import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.problem.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The webhook outbox ({@code webhook_deliveries}). {@link #record} joins the caller's transaction: one
 * row per active endpoint subscribed to the event, all with the same event id. The sender claims one
 * row at a time with {@code for update skip locked}, marking it {@code sending} under a lease, and
 * settles it after the HTTP call — no row lock is held while waiting for a receiver, and a claim of a
 * node that died runs out and is taken again.
 */
@Component
public class WebhookOutbox {

    public static final List<SortField> SORTS = List.of(
            new SortField("createdAt", "d.created_at", SortField.ValueType.TIMESTAMP));
    public static final Sort NEWEST_FIRST = new Sort(SORTS.get(0), true);

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    WebhookOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A claimed delivery; {@code attempts} already counts this attempt. */
    record Claimed(UUID id, UUID endpointId, UUID eventId, String eventType, String payload, int attempts) {
    }

    /** One row of the delivery log. */
    public record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, String status, int attempts,
                           Integer lastResponseCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant deliveredAt) {
    }

    /** Writes the event for every subscribed active endpoint, in the caller's transaction; returns the event id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(WebhookEventType type, Map<String, Object> data) {
        List<UUID> endpoints = jdbc.sql("select id from webhook_endpoints where active and :type = any(event_types)")
                .param("type", type.code()).query(UUID.class).list();
        UUID eventId = UuidV7.next();
        if (endpoints.isEmpty()) {
            return eventId;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", eventId.toString());
        payload.put("type", type.code());
        payload.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        payload.put("data", data);
        String body = json.writeValueAsString(payload);
        for (UUID endpoint : endpoints) {
            jdbc.sql("""
                            insert into webhook_deliveries (id, endpoint_id, event_id, event_type, payload)
                            values (:id, :endpoint, :event, :type, :payload)
                            """)
                    .param("id", UuidV7.next()).param("endpoint", endpoint).param("event", eventId)
                    .param("type", type.code()).param("payload", body).update();
        }
        return eventId;
    }

    /**
     * Claims the next due delivery of an active endpoint — pending and due, or sending with its lease run
     * out — and counts the attempt, in one short statement of its own transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Claimed claimNext(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        update webhook_deliveries d set status = 'sending', lease_until = :leaseUntil,
                            attempts = d.attempts + 1
                        where d.id = (
                            select c.id from webhook_deliveries c join webhook_endpoints e on e.id = c.endpoint_id
                            where e.active and ((c.status = 'pending' and c.next_attempt_at <= :now)
                                or (c.status = 'sending' and c.lease_until <= :now))
                            order by c.next_attempt_at, c.id limit 1
                            for update of c skip locked)
                        returning d.id, d.endpoint_id, d.event_id, d.event_type, d.payload, d.attempts
                        """)
                .param("now", Timestamp.from(now)).param("leaseUntil", Timestamp.from(leaseUntil))
                .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .optional().orElse(null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void delivered(Claimed claimed, int responseCode, Instant now) {
        jdbc.sql("""
                        update webhook_deliveries set status = 'delivered', delivered_at = :now, lease_until = null,
                            last_response_code = :code, last_error = null
                        where id = :id and status = 'sending' and attempts = :attempts
                        """)
                .param("id", claimed.id()).param("attempts", claimed.attempts()).param("code", responseCode)
                .param("now", Timestamp.from(now)).update();
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up ({@code failed}) when that is null. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void attemptFailed(Claimed claimed, Integer responseCode, String error, Instant retryAt) {
        jdbc.sql("""
                        update webhook_deliveries set lease_until = null, last_response_code = :code, last_error = :error,
                            status = case when cast(:retryAt as timestamptz) is null then 'failed' else 'pending' end,
                            next_attempt_at = coalesce(cast(:retryAt as timestamptz), next_attempt_at)
                        where id = :id and status = 'sending' and attempts = :attempts
                        """)
                .param("id", claimed.id()).param("attempts", claimed.attempts()).param("code", responseCode)
                .param("error", error).param("retryAt", retryAt == null ? null : Timestamp.from(retryAt)).update();
    }

    /** An administrator's "redeliver": the same event (same id) again, with a fresh round of attempts. */
    @Transactional
    public void redeliver(UUID endpointId, UUID deliveryId) {
        int changed = jdbc.sql("""
                        update webhook_deliveries set status = 'pending', attempts = 0, next_attempt_at = now(),
                            lease_until = null
                        where id = :id and endpoint_id = :endpoint and status <> 'sending'
                        """)
                .param("id", deliveryId).param("endpoint", endpointId).update();
        if (changed == 0) {
            throw new NotFoundException();
        }
    }

    @Transactional(readOnly = true)
    public Slice<Delivery> log(UUID endpointId, PageRequest page) {
        var after = Keyset.after(page, "d");
        String sql = "select d.id, d.endpoint_id, d.event_id, d.event_type, d.status, d.attempts, d.last_response_code,"
                + " d.last_error, d.next_attempt_at, d.created_at, d.delivered_at from webhook_deliveries d"
                + " where d.endpoint_id = :endpoint and " + after.sql()
                + " order by " + page.sort().orderBy("d") + " limit " + (page.limit() + 1);
        List<Delivery> rows = after.bind(jdbc.sql(sql)).param("endpoint", endpointId)
                .query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6),
                        (Integer) rs.getObject(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant(),
                        rs.getObject(10, OffsetDateTime.class).toInstant(),
                        rs.getObject(11, OffsetDateTime.class) == null ? null
                                : rs.getObject(11, OffsetDateTime.class).toInstant()))
                .list();
        return Keyset.slice(rows, page, Delivery::createdAt, Delivery::id);
    }
}
