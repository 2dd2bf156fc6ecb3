package dev.guanxi.identity.internal;

import dev.guanxi.shared.jpa.UuidV7;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens. A token is 32 random bytes shown to its owner once; only its SHA-256 digest is
 * stored, so a copy of the database holds no usable token.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "gx_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Duration sessionTokenLifetime;

    ApiTokens(JdbcClient jdbc, @Value("${guanxi.api.token-lifetime}") Duration sessionTokenLifetime) {
        this.jdbc = jdbc;
        this.sessionTokenLifetime = sessionTokenLifetime;
    }

    public IssuedToken issueSessionToken(UUID userId) {
        Instant expiresAt = Instant.now().plus(sessionTokenLifetime);
        return issue(userId, "session", null, expiresAt);
    }

    IssuedToken issuePersonalToken(UUID userId, String name, Instant expiresAt) {
        return issue(userId, "personal", name, expiresAt);
    }

    List<PersonalToken> personalTokens(UUID userId) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at from api_tokens
                        where user_id = :userId and kind = 'personal' and revoked_at is null order by created_at desc
                        """)
                .param("userId", userId)
                .query((rs, n) -> new PersonalToken(rs.getObject(1, UUID.class), rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_tokens set revoked_at = now() where id = :id and user_id = :userId and revoked_at is null")
                .param("id", tokenId).param("userId", userId).update() == 1;
    }

    void revokeAll(UUID userId) {
        jdbc.sql("update api_tokens set revoked_at = now() where user_id = :userId and revoked_at is null")
                .param("userId", userId).update();
    }

    void touch(UUID tokenId) {
        jdbc.sql("update api_tokens set last_used_at = now() where id = :id").param("id", tokenId).update();
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private IssuedToken issue(UUID userId, String kind, String name, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UuidV7.next();
        jdbc.sql("""
                        insert into api_tokens (id, user_id, token_hash, kind, name, expires_at)
                        values (:id, :userId, :hash, :kind, :name, :expiresAt)
                        """)
                .param("id", id).param("userId", userId).param("hash", digest(token)).param("kind", kind)
                .param("name", name)
                .param("expiresAt", expiresAt == null ? null : OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
        return new IssuedToken(id, token, expiresAt);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public record IssuedToken(UUID id, String token, Instant expiresAt) {
    }

    public record PersonalToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
    }
}
