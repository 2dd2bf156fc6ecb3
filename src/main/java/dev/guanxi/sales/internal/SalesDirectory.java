package dev.guanxi.sales.internal;

import dev.guanxi.sales.LeadSummary;
import dev.guanxi.sales.Leads;
import dev.guanxi.sales.Opportunities;
import dev.guanxi.sales.OpportunitySummary;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know of opportunities and leads: summaries under visibility, and activity on a deal. */
@Component
class SalesDirectory implements Opportunities, Leads {

    private final JdbcClient jdbc;

    SalesDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OpportunitySummary> findReadable(UUID opportunityId) {
        return findReadable(List.of(opportunityId)).values().stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, OpportunitySummary> findReadable(Collection<UUID> opportunityIds) {
        Map<UUID, OpportunitySummary> found = new HashMap<>();
        if (opportunityIds.isEmpty()) {
            return found;
        }
        SqlCondition readable = OpportunityQueries.readableOrOnTeam(OpportunityAccess.scope());
        readable.bind(jdbc.sql("""
                        select o.id, o.name, o.account_id, o.status, o.owner_id from opportunities o
                        where o.id in (:ids) and o.deleted_at is null and %s
                        """.formatted(readable.sql())))
                .param("ids", opportunityIds)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new OpportunitySummary(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getObject(5, UUID.class)));
                });
        return found;
    }

    /** Only moves forward: an activity entered late for last month does not make the deal look idle. */
    @Override
    @Transactional
    public void activityHappened(UUID opportunityId, Instant at) {
        jdbc.sql("""
                        update opportunities set last_activity_at = :at
                        where id = :id and (last_activity_at is null or last_activity_at < :at)
                        """)
                .param("at", java.sql.Timestamp.from(at)).param("id", opportunityId).update();
    }

    @Override
    public Optional<LeadSummary> findReadableLead(UUID leadId) {
        return findReadableLeads(List.of(leadId)).values().stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, LeadSummary> findReadableLeads(Collection<UUID> leadIds) {
        Map<UUID, LeadSummary> found = new HashMap<>();
        if (leadIds.isEmpty()) {
            return found;
        }
        VisibilityScope scope = LeadAccess.scope();
        SqlCondition readable = scope.readableSql("l");
        readable.bind(jdbc.sql("""
                        select l.id, l.name, l.company, l.status, l.owner_id from leads l
                        where l.id in (:ids) and l.deleted_at is null and %s
                        """.formatted(readable.sql())))
                .param("ids", leadIds)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new LeadSummary(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, UUID.class)));
                });
        return found;
    }
}
