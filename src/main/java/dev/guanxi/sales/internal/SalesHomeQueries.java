package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the sales panels on the home page: a rep's own leads, a manager's reps side by side. */
@Component
public class SalesHomeQueries {

    private static final String OPEN_LEAD = "l.deleted_at is null and l.status in ('new', 'working')";

    private final JdbcClient jdbc;
    private final OpportunityAlarms alarms;

    SalesHomeQueries(JdbcClient jdbc, OpportunityAlarms alarms) {
        this.jdbc = jdbc;
        this.alarms = alarms;
    }

    public record LeadLine(UUID id, String name, String company, String status, Instant createdAt) {
    }

    /** One rep's open work, as a manager's home lists it. */
    public record RepFigures(UUID ownerId, String ownerName, long openLeads, long openDeals, List<Money> pipeline,
                             long alarms) {
    }

    @Transactional(readOnly = true)
    public long openLeadsOwnedBy(UUID ownerId) {
        return jdbc.sql("select count(*) from leads l where l.owner_id = :me and " + OPEN_LEAD)
                .param("me", ownerId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<LeadLine> newestOpenLeads(UUID ownerId, int limit) {
        return jdbc.sql("select l.id, l.name, l.company, l.status, l.created_at from leads l where l.owner_id = :me and "
                        + OPEN_LEAD + " order by l.created_at desc, l.id desc limit " + limit)
                .param("me", ownerId)
                .query((rs, n) -> new LeadLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Per owner within the scope: open leads, open deals with their amounts per currency, abnormal
     * deals. Three grouped queries, whatever the number of reps; the busiest reps first.
     */
    @Transactional(readOnly = true)
    public List<RepFigures> perRep(VisibilityScope scope, int limit) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Long> leads = new HashMap<>();
        SqlCondition ownedLeads = scope.ownedSql("l");
        ownedLeads.bind(jdbc.sql("select l.owner_id, u.name, count(*) from leads l join users u on u.id = l.owner_id"
                        + " where " + OPEN_LEAD + " and " + ownedLeads.sql() + " group by l.owner_id, u.name"))
                .query(rs -> {
                    UUID owner = rs.getObject(1, UUID.class);
                    names.put(owner, rs.getString(2));
                    leads.put(owner, rs.getLong(3));
                });
        Map<UUID, Long> deals = new HashMap<>();
        Map<UUID, List<Money>> amounts = new HashMap<>();
        SqlCondition ownedDeals = scope.ownedSql("o");
        ownedDeals.bind(jdbc.sql("select o.owner_id, u.name, o.currency, count(*), coalesce(sum(o.amount), 0)"
                        + " from opportunities o join users u on u.id = o.owner_id where o.deleted_at is null"
                        + " and o.status = 'open' and " + ownedDeals.sql() + " group by o.owner_id, u.name, o.currency"))
                .query(rs -> {
                    UUID owner = rs.getObject(1, UUID.class);
                    names.put(owner, rs.getString(2));
                    deals.merge(owner, rs.getLong(4), Long::sum);
                    amounts.computeIfAbsent(owner, o -> new ArrayList<>()).add(new Money(rs.getBigDecimal(5), rs.getString(3)));
                });
        Map<UUID, Long> abnormal = alarms.countByOwner(scope);
        return names.entrySet().stream()
                .map(e -> new RepFigures(e.getKey(), e.getValue(), leads.getOrDefault(e.getKey(), 0L),
                        deals.getOrDefault(e.getKey(), 0L), amounts.getOrDefault(e.getKey(), List.of()),
                        abnormal.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(RepFigures::openDeals).reversed()
                        .thenComparing(Comparator.comparingLong(RepFigures::openLeads).reversed())
                        .thenComparing(RepFigures::ownerName))
                .limit(limit)
                .toList();
    }
}
