package dev.guanxi.identity.internal;

import dev.guanxi.identity.OrgChartImport;
import dev.guanxi.identity.SecurityLog;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to set a password (邀请): a user created without one (by an import) gets a link with a
 * random token. Only the token's SHA-256 is stored; it works once, for seven days, and only while the
 * user is active. Accepting sets the password with the rules of the profile page.
 */
@Service
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LIFETIME = Duration.ofDays(OrgChartImport.INVITATION_DAYS);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;

    Invitations(JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityLog securityLog) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
    }

    /** Who an open invitation is for. */
    public record Invited(UUID userId, String name, String email) {
    }

    /** A new token for the user (earlier open invitations end); the raw token is returned only here. */
    @Transactional
    public String issue(UUID userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("delete from user_invitations where user_id = :user and used_at is null").param("user", userId).update();
        jdbc.sql("""
                        insert into user_invitations (id, user_id, token_hash, expires_at)
                        values (:id, :user, :hash, :expires)
                        """)
                .param("id", UuidV7.next()).param("user", userId).param("hash", digest(token))
                .param("expires", OffsetDateTime.ofInstant(Instant.now().plus(LIFETIME), ZoneOffset.UTC)).update();
        return token;
    }

    /** The user an unused, unexpired invitation is for, if the user is still active. */
    @Transactional(readOnly = true)
    public Optional<Invited> find(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.id, u.name, u.email from user_invitations i join users u on u.id = i.user_id
                        where i.token_hash = :hash and i.used_at is null and i.expires_at > now() and u.active
                        """)
                .param("hash", digest(token))
                .query((rs, n) -> new Invited(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Sets the password and ends the invitation. An unknown, used or expired token is not found; a
     * password of the wrong length or unlike its confirmation is a validation problem (the token stays).
     */
    @Transactional
    public Invited accept(String token, String password, String confirmation) {
        if (!plausible(token)) {
            throw new NotFoundException();
        }
        // locked, so two tabs posting the same link cannot both use it
        UUID invitation = jdbc.sql("""
                        select i.id from user_invitations i join users u on u.id = i.user_id
                        where i.token_hash = :hash and i.used_at is null and i.expires_at > now() and u.active
                        for update of i
                        """)
                .param("hash", digest(token)).query(UUID.class).optional().orElseThrow(NotFoundException::new);
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw ValidationException.of("password", "validation.password-length");
        }
        if (!password.equals(confirmation)) {
            throw ValidationException.of("confirmation", "validation.password-mismatch");
        }
        Invited invited = find(token).orElseThrow(NotFoundException::new);
        jdbc.sql("update users set password_hash = :hash, version = version + 1, updated_at = now() where id = :id")
                .param("hash", passwordEncoder.encode(password)).param("id", invited.userId()).update();
        jdbc.sql("update user_invitations set used_at = now() where id = :id").param("id", invitation).update();
        securityLog.record("user.invitation-accepted", "user", invited.userId().toString(), null);
        return invited;
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
    }

    static String digest(String token) {
        return HexFormat.of().formatHex(ApiTokens.digest(token));
    }
}
