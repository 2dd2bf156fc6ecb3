package dev.guanxi.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the security log and login history for administrators (the tables have no update path). */
@Component
public class SecurityLogReader {

    private final JdbcClient jdbc;
    private final LoginHistory history;

    SecurityLogReader(JdbcClient jdbc, LoginHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public record Entry(Instant at, String actorEmail, String action, String targetType, String targetId,
                        String address, String detail) {
    }

    public List<Entry> recentEntries(int limit) {
        return jdbc.sql("""
                        select occurred_at, actor_email, action, target_type, target_id, address, detail
                        from security_log order by occurred_at desc, id desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public List<LoginHistory.LoginEvent> recentLogins(int limit) {
        return history.recentAll(limit);
    }

    public Map<String, Integer> usersPerRole() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select r.role, count(*) from user_roles r join users u on u.id = r.user_id where u.active group by r.role")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
