package dev.guanxi.sales.internal.forecast;

import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forecast figures of each rep for a period, in one query over the deals the user may see (owned
 * within their scope): open deals expected to close in the period, and deals won in it.
 */
@Component
class ForecastQueries {

    private final JdbcClient jdbc;

    ForecastQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OwnerFigures(UUID ownerId, UUID departmentId, ForecastFigures figures) {
    }

    /** Per owner, a list of figures per currency. */
    Map<UUID, List<ForecastFigures>> byOwner(SalesPeriod period, ForecastCriteria criteria, VisibilityScope scope) {
        Map<UUID, List<ForecastFigures>> result = new LinkedHashMap<>();
        rows(period, criteria, scope).forEach(r -> result.computeIfAbsent(r.ownerId(), k -> new ArrayList<>()).add(r.figures()));
        return result;
    }

    List<OwnerFigures> rows(SalesPeriod period, ForecastCriteria criteria, VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        where.param("periodStart", period.start()).param("periodEnd", period.end());
        String open = "o.status = 'open' and o.forecast_category <> 'omitted' "
                + "and o.expected_close_date between :periodStart and :periodEnd";
        String sql = """
                select o.owner_id, min(o.department_id::text) as department_id, o.currency,
                       coalesce(sum(o.amount) filter (where %1$s), 0),
                       coalesce(sum(o.amount * o.probability / 100.0) filter (where %1$s), 0),
                       coalesce(sum(o.amount) filter (where %1$s and o.forecast_category in ('best_case', 'commit')), 0),
                       coalesce(sum(o.amount) filter (where %1$s and o.forecast_category = 'commit'), 0),
                       coalesce(sum(o.amount) filter (where o.status = 'won' and o.close_date between :periodStart and :periodEnd), 0)
                from opportunities o
                where %2$s
                  and ((o.status = 'open' and o.expected_close_date between :periodStart and :periodEnd)
                    or (o.status = 'won' and o.close_date between :periodStart and :periodEnd))
                group by o.owner_id, o.currency
                order by o.owner_id, o.currency
                """.formatted(open, where.sql());
        return where.bind(jdbc.sql(sql)).query((rs, n) -> new OwnerFigures(rs.getObject(1, UUID.class),
                rs.getString(2) == null ? null : UUID.fromString(rs.getString(2)),
                new ForecastFigures(rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8)))).list();
    }

    /** The members of a team (the team's forecast is theirs). */
    List<UUID> teamMembers(UUID teamId) {
        return jdbc.sql("select user_id from team_members where team_id = :team").param("team", teamId).query(UUID.class).list();
    }

    static Where scoped(ForecastCriteria criteria, VisibilityScope scope) {
        Where where = new Where().add("o.deleted_at is null").add(scope.ownedSql("o"));
        where.addIf(criteria.ownerId() != null, "o.owner_id = :ownerFilter", "ownerFilter", criteria.ownerId());
        where.addIf(!criteria.departmentIds().isEmpty(), "o.department_id in (:departmentFilter)", "departmentFilter",
                criteria.departmentIds());
        where.addIf(criteria.teamId() != null,
                "o.owner_id in (select tm.user_id from team_members tm where tm.team_id = :teamFilter)", "teamFilter",
                criteria.teamId());
        return where;
    }
}
