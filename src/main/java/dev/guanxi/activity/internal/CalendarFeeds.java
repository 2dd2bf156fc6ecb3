package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's private calendar feed (iCalendar over HTTPS) that Outlook, Google Calendar and Apple
 * Calendar subscribe to. The address holds a random secret; only its SHA-256 is stored, so the address
 * is shown once, and making a new one revokes the old.
 */
@Service
public class CalendarFeeds {

    static final int DAYS_BACK = 90;
    static final int DAYS_AHEAD = 400;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for the current user (the old address stops working); returned once. */
    @Transactional
    public String renew() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into calendar_feeds (user_id, secret_hash) values (:user, :hash)
                        on conflict (user_id) do update set secret_hash = excluded.secret_hash, created_at = now()
                        """)
                .param("user", CurrentUser.require().id()).param("hash", digest(secret)).update();
        return secret;
    }

    @Transactional
    public void revoke() {
        jdbc.sql("delete from calendar_feeds where user_id = :user").param("user", CurrentUser.require().id()).update();
    }

    @Transactional(readOnly = true)
    public Optional<Instant> createdAt() {
        return jdbc.sql("select created_at from calendar_feeds where user_id = :user").param("user", CurrentUser.require().id())
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
    }

    /** The feed behind a secret: the user's own and shared activities from three months back to a year ahead. */
    @Transactional(readOnly = true)
    public Optional<Feed> feed(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select f.user_id, u.name from calendar_feeds f join users u on u.id = f.user_id where f.secret_hash = :hash and u.active")
                .param("hash", digest(secret))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).optional()
                .map(found -> new Feed((String) found[1], activitiesOf((UUID) found[0])));
    }

    public record Feed(String userName, List<ActivityRow> activities) {
    }

    private List<ActivityRow> activitiesOf(UUID userId) {
        Instant now = Instant.now();
        return jdbc.sql("select " + ActivityRow.columns("null") + ActivityRow.JOINS + """
                         where a.deleted_at is null and a.planned_start is not null
                           and a.planned_start between :from and :to
                           and (a.owner_id = :user or exists (select 1 from activity_participants p
                                                              where p.activity_id = a.id and p.user_id = :user))
                         order by a.planned_start limit 5000
                        """)
                .param("user", userId).param("from", java.sql.Timestamp.from(now.minus(DAYS_BACK, ChronoUnit.DAYS)))
                .param("to", java.sql.Timestamp.from(now.plus(DAYS_AHEAD, ChronoUnit.DAYS)))
                .query(ActivityRow::map).list();
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
