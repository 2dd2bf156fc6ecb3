package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountStatistics;
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

/** {@link AccountStatistics} in one grouped query. */
@Component
class NewAccountCounts implements AccountStatistics {

    private final JdbcClient jdbc;

    NewAccountCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Long> newAccountsByOwner(Collection<UUID> ownerIds, Instant from, Instant to, VisibilityScope scope) {
        Map<UUID, Long> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        SqlCondition visible = scope.ownedSql("a");
        var statement = jdbc.sql("""
                        select a.owner_id, count(*) from accounts a
                        where a.deleted_at is null and a.owner_id in (:owners) and a.created_at >= :fromTime
                          and a.created_at < :toTime and %s
                        group by a.owner_id
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
