package dev.guanxi.sales.internal;

import dev.guanxi.sales.OpportunityMovements;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OpportunityMovements} in two grouped queries: deals created (by their creation moment) and
 * closed (by their close date, a day) per owner and currency; stage moves are changes between open
 * stages in the stage history — the move into a won or lost stage is counted as won or lost instead.
 */
@Component
class DealMovements implements OpportunityMovements {

    private final JdbcClient jdbc;

    DealMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Movement> byOwner(LocalDate from, LocalDate to, ZoneId zone, VisibilityScope scope) {
        SqlCondition visible = scope.ownedSql("o");
        OffsetDateTime start = OffsetDateTime.ofInstant(from.atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        OffsetDateTime end = OffsetDateTime.ofInstant(to.plusDays(1).atStartOfDay(zone).toInstant(), ZoneOffset.UTC);
        Map<UUID, Movement> result = new HashMap<>();
        var deals = jdbc.sql("""
                        select o.owner_id, o.currency,
                               count(*) filter (where o.created_at >= :start and o.created_at < :end),
                               sum(o.amount) filter (where o.created_at >= :start and o.created_at < :end),
                               count(*) filter (where o.status = 'won' and o.close_date between :fromDay and :toDay),
                               sum(o.amount) filter (where o.status = 'won' and o.close_date between :fromDay and :toDay),
                               count(*) filter (where o.status = 'lost' and o.close_date between :fromDay and :toDay),
                               sum(o.amount) filter (where o.status = 'lost' and o.close_date between :fromDay and :toDay)
                          from opportunities o
                         where o.deleted_at is null and %s
                           and ((o.created_at >= :start and o.created_at < :end)
                                or (o.status in ('won', 'lost') and o.close_date between :fromDay and :toDay))
                         group by o.owner_id, o.currency
                        """.formatted(visible.sql()))
                .param("start", start).param("end", end).param("fromDay", from).param("toDay", to);
        visible.params().forEach(deals::param);
        deals.query(rs -> {
            String currency = rs.getString(2);
            result.merge(rs.getObject(1, UUID.class), new Movement(rs.getLong(3), money(rs, 4, currency), 0,
                    rs.getLong(5), money(rs, 6, currency), rs.getLong(7), money(rs, 8, currency)), Movement::plus);
        });
        var moves = jdbc.sql("""
                        select o.owner_id, count(*)
                          from opportunity_stage_changes c
                          join opportunities o on o.id = c.opportunity_id
                          join sales_stages s on s.id = c.to_stage_id
                         where c.changed_at >= :start and c.changed_at < :end and c.from_stage_id is not null
                           and s.outcome = 'open' and o.deleted_at is null and %s
                         group by o.owner_id
                        """.formatted(visible.sql()))
                .param("start", start).param("end", end);
        visible.params().forEach(moves::param);
        moves.query(rs -> {
            result.merge(rs.getObject(1, UUID.class), new Movement(0, List.of(), rs.getLong(2), 0, List.of(), 0, List.of()),
                    Movement::plus);
        });
        return result;
    }

    private static List<Money> money(ResultSet rs, int column, String currency) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return amount == null ? List.of() : List.of(new Money(amount, currency));
    }
}
