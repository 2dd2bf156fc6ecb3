package dev.guanxi.activity.internal;

import dev.guanxi.activity.ActivityStatistics;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ActivityStatistics} in one grouped query. Completing an activity always records when it
 * ended ({@link ActivityCompletion}), so the end time says in which period it was done.
 */
@Component
class CompletedActivityCounts implements ActivityStatistics {

    private final JdbcClient jdbc;

    CompletedActivityCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Long> completedByOwner(Collection<UUID> ownerIds, Instant from, Instant to, VisibilityScope scope) {
        Map<UUID, Long> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        SqlCondition visible = scope.ownedSql("x");
        var statement = jdbc.sql("""
                        select x.owner_id, count(*) from activities x
                        where x.deleted_at is null and x.status = 'done' and x.owner_id in (:owners)
                          and x.actual_end >= :fromTime and x.actual_end < :toTime and %s
                        group by x.owner_id
                        """.formatted(visible.sql()))
                .param("owners", List.copyOf(ownerIds)).param("fromTime", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("toTime", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        visible.params().forEach(statement::param);
        statement.query(rs -> {
            result.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return result;
    }
}
