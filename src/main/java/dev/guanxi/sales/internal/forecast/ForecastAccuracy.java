package dev.guanxi.sales.internal.forecast;

import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecast accuracy (预测准确率): what each snapshot said a rep would win in a period — weighted and
 * committed — against what the rep has actually won in it, and the error in percent of the actual.
 * Departments add up their reps' lines of the same snapshot day, period and currency.
 */
@Service
public class ForecastAccuracy {

    private final JdbcClient jdbc;

    ForecastAccuracy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot of one rep (or department) for a period, in one currency. */
    public record Line(LocalDate snapshotDate, SalesPeriod period, UUID ownerId, String ownerName, UUID departmentId,
                       String departmentName, String currency, BigDecimal weighted, BigDecimal committed,
                       BigDecimal actual) {

        public BigDecimal weightedError() {
            return errorPercent(weighted, actual);
        }

        public BigDecimal committedError() {
            return errorPercent(committed, actual);
        }

        Line plus(Line other) {
            return new Line(snapshotDate, period, null, null, departmentId, departmentName, currency,
                    weighted.add(other.weighted), committed.add(other.committed), actual.add(other.actual));
        }
    }

    public record Accuracy(List<Line> reps, List<Line> departments) {
    }

    /**
     * (forecast − actual) / actual in percent, one decimal, half up: +25.0 means 25% too optimistic.
     * Nothing won makes the error undefined (null) unless nothing was forecast either (0).
     */
    public static BigDecimal errorPercent(BigDecimal forecast, BigDecimal actual) {
        if (actual.signum() == 0) {
            return forecast.signum() == 0 ? BigDecimal.ZERO.setScale(1) : null;
        }
        return forecast.subtract(actual).multiply(BigDecimal.valueOf(100)).divide(actual, 1, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    public Accuracy report(SalesPeriod.Granularity granularity, LocalDate from, LocalDate to, ForecastCriteria criteria,
                           VisibilityScope scope) {
        Where where = new Where().add(scope.ownedSql("s"));
        where.addIf(criteria.ownerId() != null, "s.owner_id = :ownerFilter", "ownerFilter", criteria.ownerId());
        where.addIf(!criteria.departmentIds().isEmpty(), "s.department_id in (:departmentFilter)", "departmentFilter",
                criteria.departmentIds());
        where.addIf(criteria.teamId() != null,
                "s.owner_id in (select tm.user_id from team_members tm where tm.team_id = :teamFilter)", "teamFilter",
                criteria.teamId());
        where.param("granularity", granularity.code()).param("fromDate", from).param("toDate", to);
        String sql = """
                with snaps as (
                    select s.* from forecast_snapshots s
                    where s.granularity = :granularity and s.period_start between :fromDate and :toDate and %s
                ), periods as (select distinct owner_id, period_start, period_end from snaps),
                actual as (
                    select p.owner_id, p.period_start, o.currency, sum(o.amount) as won
                    from periods p join opportunities o on o.owner_id = p.owner_id and o.status = 'won'
                         and o.deleted_at is null and o.close_date between p.period_start and p.period_end and %s
                    group by p.owner_id, p.period_start, o.currency
                )
                select s.snapshot_date, s.period_start, s.owner_id, u.name as owner_name, s.department_id,
                       d.name as department_name, s.currency, s.weighted, s.committed, coalesce(a.won, 0) as won
                from snaps s
                left join actual a on a.owner_id = s.owner_id and a.period_start = s.period_start and a.currency = s.currency
                left join users u on u.id = s.owner_id
                left join departments d on d.id = s.department_id
                order by s.period_start, s.snapshot_date, d.name nulls last, u.name, s.currency
                """.formatted(where.sql(), scope.ownedSql("o").sql());
        List<Line> reps = where.bind(jdbc.sql(sql)).query((rs, n) -> new Line(rs.getObject(1, LocalDate.class),
                new SalesPeriod(granularity, rs.getObject(2, LocalDate.class)), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10).setScale(2, RoundingMode.HALF_UP))).list();
        return new Accuracy(reps, departments(reps));
    }

    private static List<Line> departments(List<Line> reps) {
        Map<List<Object>, Line> sums = new LinkedHashMap<>();
        for (Line line : reps) {
            List<Object> key = new ArrayList<>(List.of(line.snapshotDate(), line.period(), line.currency()));
            key.add(line.departmentId() == null ? "" : line.departmentId());
            sums.merge(key, new Line(line.snapshotDate(), line.period(), null, null, line.departmentId(),
                    line.departmentName(), line.currency(), line.weighted(), line.committed(), line.actual()), Line::plus);
        }
        return List.copyOf(sums.values());
    }
}
