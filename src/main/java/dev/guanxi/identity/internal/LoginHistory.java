package dev.guanxi.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Login history, and throttling derived from it: after too many failures for one account (since its
 * last success) or from one address within the window, every attempt — even with the right
 * password — is refused until the oldest counted failure leaves the window.
 */
@Component
public class LoginHistory {

    enum Channel { FORM, API, REMEMBER_ME }

    enum Outcome { SUCCESS, BAD_CREDENTIALS, DISABLED, THROTTLED }

    @ConfigurationProperties("guanxi.login")
    record Limits(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
    }

    private final JdbcClient jdbc;
    private final Limits limits;

    LoginHistory(JdbcClient jdbc, Limits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    void record(String email, UUID userId, String address, String userAgent, Channel channel, Outcome outcome) {
        jdbc.sql("""
                        insert into login_events (email, user_id, address, user_agent, channel, outcome)
                        values (:email, :userId, :address, :userAgent, :channel, :outcome)
                        """)
                .param("email", truncate(email, 254))
                .param("userId", userId)
                .param("address", address)
                .param("userAgent", truncate(userAgent, 300))
                .param("channel", channel.name().toLowerCase())
                .param("outcome", outcome.name().toLowerCase())
                .update();
        if (outcome == Outcome.SUCCESS && userId != null) {
            jdbc.sql("update users set last_login_at = now() where id = :id").param("id", userId).update();
        }
    }

    /** How long the caller must wait before trying again, or empty if not throttled. */
    Optional<Duration> throttled(String email, String address) {
        Instant now = Instant.now();
        Instant windowStart = now.minus(limits.window());
        Optional<Instant> byAccount = nthRecentFailure("""
                select occurred_at from login_events
                where lower(email) = lower(:key) and outcome = 'bad_credentials' and occurred_at > :since
                  and occurred_at > coalesce((select max(occurred_at) from login_events
                                              where lower(email) = lower(:key) and outcome = 'success'), '-infinity')
                order by occurred_at desc offset :n limit 1
                """, email == null ? "" : email, windowStart, limits.maxFailuresPerAccount());
        Optional<Instant> byAddress = address == null ? Optional.empty() : nthRecentFailure("""
                select occurred_at from login_events
                where address = :key and outcome = 'bad_credentials' and occurred_at > :since
                order by occurred_at desc offset :n limit 1
                """, address, windowStart, limits.maxFailuresPerAddress());
        return java.util.stream.Stream.of(byAccount, byAddress)
                .flatMap(Optional::stream)
                .map(failure -> Duration.between(now, failure.plus(limits.window())))
                .filter(wait -> !wait.isNegative())
                .max(Duration::compareTo)
                .map(wait -> wait.plusSeconds(1));
    }

    List<LoginEvent> recent(UUID userId, int limit) {
        return jdbc.sql("""
                        select occurred_at, email, address, user_agent, channel, outcome from login_events
                        where user_id = :userId order by occurred_at desc limit :limit
                        """)
                .param("userId", userId).param("limit", limit)
                .query((rs, n) -> new LoginEvent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    List<LoginEvent> recentAll(int limit) {
        return jdbc.sql("""
                        select occurred_at, email, address, user_agent, channel, outcome from login_events
                        order by occurred_at desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new LoginEvent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The failure that, counted with the newer ones, reaches the limit — or empty below the limit. */
    private Optional<Instant> nthRecentFailure(String sql, String key, Instant since, int limit) {
        return jdbc.sql(sql).param("key", key).param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .param("n", limit - 1)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public record LoginEvent(Instant at, String email, String address, String userAgent, String channel, String outcome) {
    }
}
