package dev.guanxi.sales.internal;

import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.shared.visibility.SqlCondition;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a customer's origin in view: the account's timeline shows the leads that were converted into
 * it (when and whose lead it was), linking back to the lead with its own history.
 */
@Component
class LeadTimeline implements TimelineContributor {

    private final JdbcClient jdbc;

    LeadTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID accountId, int limit) {
        SqlCondition readable = LeadAccess.scope().readableSql("l");
        return readable.bind(jdbc.sql("""
                        select l.id, l.name, l.converted_at, u.name from leads l left join users u on u.id = l.owner_id
                        where l.converted_account_id = :account and l.deleted_at is null and %s
                        order by l.converted_at desc limit :limit
                        """.formatted(readable.sql())))
                .param("account", accountId).param("limit", limit)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp(3).toInstant(), "person-check", "timeline.lead-converted",
                        List.of(rs.getString(2)), rs.getString(4),
                        "/leads/" + rs.getObject(1, UUID.class)))
                .list();
    }
}
