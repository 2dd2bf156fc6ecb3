package dev.guanxi.sales.internal;

import dev.guanxi.sales.SalesResults;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link SalesResults} in one query over won deals. */
@Component
class WonDeals implements SalesResults {

    private final JdbcClient jdbc;

    WonDeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<Money>> wonByOwner(Collection<UUID> ownerIds, LocalDate from, LocalDate to, VisibilityScope scope) {
        Map<UUID, List<Money>> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        SqlCondition visible = scope.ownedSql("o");
        var statement = jdbc.sql("""
                        select o.owner_id, o.currency, sum(o.amount) from opportunities o
                        where o.deleted_at is null and o.status = 'won' and o.owner_id in (:owners)
                          and o.close_date between :fromDate and :toDate and %s
                        group by o.owner_id, o.currency order by o.owner_id, o.currency
                        """.formatted(visible.sql()))
                .param("owners", List.copyOf(ownerIds)).param("fromDate", from).param("toDate", to);
        visible.params().forEach(statement::param);
        statement.query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Money(rs.getBigDecimal(3), rs.getString(2)));
        });
        return result;
    }
}
