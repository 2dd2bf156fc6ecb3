package dev.guanxi.shared.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembered answers to POSTs sent with an {@code Idempotency-Key}, per user, for 24 hours. The key is
 * claimed before the request runs (a concurrent duplicate sees "in progress"), and the answer is
 * stored after it succeeds; a failed request releases the key so that a retry may run.
 */
@Component
class IdempotencyStore {

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(String requestHash, Integer status, String location, String contentType, byte[] body) {
    }

    /** True if this call claimed the key; false if it was claimed before (then {@link #find} says how). */
    boolean claim(UUID userId, String key, String requestHash) {
        jdbc.sql("delete from idempotency_keys where user_id = :user and key = :key and created_at < now() - interval '24 hours'")
                .param("user", userId).param("key", key).update();
        return jdbc.sql("""
                        insert into idempotency_keys (user_id, key, request_hash) values (:user, :key, :hash)
                        on conflict (user_id, key) do nothing
                        """)
                .param("user", userId).param("key", key).param("hash", requestHash).update() == 1;
    }

    Optional<Stored> find(UUID userId, String key) {
        return jdbc.sql("select request_hash, status_code, location, content_type, body from idempotency_keys where user_id = :user and key = :key")
                .param("user", userId).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    void complete(UUID userId, String key, int status, String location, String contentType, byte[] body) {
        jdbc.sql("""
                        update idempotency_keys set status_code = :status, location = :location,
                               content_type = :contentType, body = :body
                        where user_id = :user and key = :key
                        """)
                .param("status", status).param("location", location).param("contentType", contentType)
                .param("body", body).param("user", userId).param("key", key).update();
    }

    void release(UUID userId, String key) {
        jdbc.sql("delete from idempotency_keys where user_id = :user and key = :key")
                .param("user", userId).param("key", key).update();
    }
}
