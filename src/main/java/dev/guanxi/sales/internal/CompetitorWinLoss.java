package dev.guanxi.sales.internal;

import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Win/loss by competitor (竞争对手输赢分析): for every competitor met in the deals a user may see, how
 * many of those deals were won and lost (closed in the period) and are still open, the amounts, the
 * win rate, and how we scored against them on average; for one competitor, the deals themselves with
 * the SWOT notes and the win or loss reason behind each result.
 */
@Service
public class CompetitorWinLoss {

    private static final String[] DIMENSIONS = {"brand", "quality", "service", "relationship", "functions"};

    private final JdbcClient jdbc;

    CompetitorWinLoss(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID competitorId, String name, long won, long lost, long open, Double winRate,
                      List<Money> wonAmount, List<Money> lostAmount, Map<String, BigDecimal> averageScores) {
    }

    public record Deal(UUID opportunityId, String name, String accountName, String status, BigDecimal amount,
                       String currency, LocalDate closeDate, String reason, String strengths, String weaknesses,
                       String opportunities, String threats, Competitors.Scores scores) {
    }

    @Transactional(readOnly = true)
    public List<Row> run(FunnelReport.Criteria criteria, VisibilityScope scope) {
        Where where = FunnelReport.scoped(criteria, scope);
        String closedInPeriod = closedInPeriod(where, criteria);
        String sql = """
                select c.id, c.name,
                       count(*) filter (where o.status = 'won' and %2$s),
                       count(*) filter (where o.status = 'lost' and %2$s),
                       count(*) filter (where o.status = 'open'),
                       avg(oc.brand_score), avg(oc.quality_score), avg(oc.service_score),
                       avg(oc.relationship_score), avg(oc.functions_score)
                from opportunity_competitors oc join competitors c on c.id = oc.competitor_id
                join opportunities o on o.id = oc.opportunity_id
                where %1$s
                group by c.id, c.name
                """.formatted(where.sql(), closedInPeriod);
        List<Row> rows = new ArrayList<>();
        Map<UUID, Map<String, List<Money>>> amounts = amounts(where, closedInPeriod);
        where.bind(jdbc.sql(sql)).query(rs -> {
            UUID id = rs.getObject(1, UUID.class);
            long won = rs.getLong(3);
            long lost = rs.getLong(4);
            Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
            for (int i = 0; i < DIMENSIONS.length; i++) {
                BigDecimal average = rs.getBigDecimal(6 + i);
                scores.put(DIMENSIONS[i], average == null ? null : average.setScale(1, RoundingMode.HALF_UP));
            }
            Map<String, List<Money>> money = amounts.getOrDefault(id, Map.of());
            rows.add(new Row(id, rs.getString(2), won, lost, rs.getLong(5), won + lost == 0 ? null : (double) won / (won + lost),
                    money.getOrDefault("won", List.of()), money.getOrDefault("lost", List.of()), scores));
        });
        rows.sort(java.util.Comparator.comparingLong((Row r) -> r.won() + r.lost()).reversed().thenComparing(Row::name));
        return rows;
    }

    /** The closed deals (in the period) and open deals against one competitor, newest result first. */
    @Transactional(readOnly = true)
    public List<Deal> deals(UUID competitorId, FunnelReport.Criteria criteria, VisibilityScope scope, int limit) {
        Where where = FunnelReport.scoped(criteria, scope);
        String closedInPeriod = closedInPeriod(where, criteria);
        where.addIf(true, "oc.competitor_id = :competitor", "competitor", competitorId);
        where.add("(o.status = 'open' or " + closedInPeriod + ")");
        String sql = """
                select o.id, o.name, a.name, o.status, o.amount, o.currency, o.close_date,
                       case o.status when 'won' then o.win_reason when 'lost' then o.loss_reason end,
                       oc.strengths, oc.weaknesses, oc.opportunities, oc.threats, oc.brand_score, oc.quality_score,
                       oc.service_score, oc.relationship_score, oc.functions_score
                from opportunity_competitors oc join opportunities o on o.id = oc.opportunity_id
                left join accounts a on a.id = o.account_id
                where %s
                order by o.close_date desc nulls last, o.id limit %d
                """.formatted(where.sql(), limit);
        return where.bind(jdbc.sql(sql)).query((rs, n) -> new Deal(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), new Competitors.Scores(score(rs, 13), score(rs, 14), score(rs, 15), score(rs, 16), score(rs, 17))))
                .list();
    }

    private Map<UUID, Map<String, List<Money>>> amounts(Where where, String closedInPeriod) {
        String sql = """
                select oc.competitor_id, o.status, o.currency, sum(o.amount)
                from opportunity_competitors oc join opportunities o on o.id = oc.opportunity_id
                where %s and o.status in ('won', 'lost') and %s
                group by oc.competitor_id, o.status, o.currency order by o.currency
                """.formatted(where.sql(), closedInPeriod);
        Map<UUID, Map<String, List<Money>>> result = new HashMap<>();
        where.bind(jdbc.sql(sql)).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                    .add(new Money(rs.getBigDecimal(4), rs.getString(3)));
        });
        return result;
    }

    /** The period condition on the close date (bound as parameters of {@code where}); "true" without a period. */
    private static String closedInPeriod(Where where, FunnelReport.Criteria criteria) {
        List<String> parts = new ArrayList<>();
        if (criteria.from() != null) {
            where.param("closedFrom", criteria.from());
            parts.add("o.close_date >= :closedFrom");
        }
        if (criteria.to() != null) {
            where.param("closedTo", criteria.to());
            parts.add("o.close_date <= :closedTo");
        }
        return parts.isEmpty() ? "true" : "(" + String.join(" and ", parts) + ")";
    }

    private static Integer score(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
