package dev.guanxi.planning.internal;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.values.SalesPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code sales_targets}; one row per unit and period, replaced in place when set again. */
@Component
class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<SalesUnit, SalesTarget> find(SalesPeriod period, Collection<SalesUnit> units) {
        Map<SalesUnit, SalesTarget> result = new HashMap<>();
        if (units.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select id, subject_type, subject_id, granularity, period_start, revenue, currency, new_customers,
                               activities, version, updated_at
                        from sales_targets where granularity = :granularity and period_start = :start and subject_id in (:ids)
                        """)
                .param("granularity", period.granularity().code()).param("start", period.start())
                .param("ids", units.stream().map(SalesUnit::id).distinct().toList())
                .query(TargetStore::map).list().stream().filter(t -> units.contains(t.unit()))
                .forEach(t -> result.put(t.unit(), t));
        return result;
    }

    void save(SalesTarget target, UUID by) {
        jdbc.sql("""
                        insert into sales_targets (id, subject_type, subject_id, granularity, period_start, revenue, currency,
                                                   new_customers, activities, created_by, updated_by)
                        values (:id, :type, :subject, :granularity, :start, :revenue, :currency, :customers, :activities, :by, :by)
                        on conflict (granularity, period_start, subject_type, subject_id) do update
                        set revenue = excluded.revenue, currency = excluded.currency, new_customers = excluded.new_customers,
                            activities = excluded.activities, version = sales_targets.version + 1,
                            updated_at = now(), updated_by = excluded.updated_by
                        """)
                .param("id", UuidV7.next()).param("type", target.unit().type().code()).param("subject", target.unit().id())
                .param("granularity", target.period().granularity().code()).param("start", target.period().start())
                .param("revenue", target.revenue()).param("currency", target.currency())
                .param("customers", target.newCustomers()).param("activities", target.activities()).param("by", by)
                .update();
    }

    private static SalesTarget map(ResultSet rs, int row) throws SQLException {
        return new SalesTarget(rs.getObject("id", UUID.class),
                new SalesUnit(SalesUnit.Type.fromCode(rs.getString("subject_type")).orElseThrow(),
                        rs.getObject("subject_id", UUID.class)),
                new SalesPeriod(SalesPeriod.Granularity.fromCode(rs.getString("granularity")).orElseThrow(),
                        rs.getObject("period_start", LocalDate.class)),
                rs.getBigDecimal("revenue"), rs.getString("currency"), (Integer) rs.getObject("new_customers"),
                (Integer) rs.getObject("activities"), rs.getLong("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
