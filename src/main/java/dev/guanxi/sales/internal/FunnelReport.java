package dev.guanxi.sales.internal;

import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.values.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales funnel (销售漏斗) of one process for the deals a user may see: the open pipeline per stage,
 * how many deals reached each stage in the period and went on to the next (阶段升迁), the average time
 * spent in each stage (阶段耗时), where lost deals were lost, the win rate and the average sales cycle.
 * All figures come from the stage history, so a deal that went backwards is counted where it really was.
 */
@Service
public class FunnelReport {

    private final JdbcClient jdbc;
    private final SalesProcesses processes;

    FunnelReport(JdbcClient jdbc, SalesProcesses processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    /**
     * Whose deals and which: a rep (ownerId), a department subtree, a team (its members' deals), deals
     * with a product among their lines, deals of accounts in a region; from/to bound the period.
     */
    public record Criteria(UUID processId, LocalDate from, LocalDate to, UUID ownerId, List<UUID> departmentIds,
                           UUID teamId, UUID productId, String region) {
        public Criteria {
            departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
            region = region == null || region.isBlank() ? null : region.strip();
        }

        public Criteria(UUID processId, LocalDate from, LocalDate to, UUID ownerId, List<UUID> departmentIds) {
            this(processId, from, to, ownerId, departmentIds, null, null, null);
        }
    }

    public record StageFigures(SalesStage stage, long openCount, List<Money> openAmount, List<Money> weightedAmount,
                               long reached, Double conversionToNext, Double averageDaysInStage, long lostHere) {
    }

    public record Funnel(SalesProcess process, List<StageFigures> stages, long won, long lost, List<Money> wonAmount,
                         Double winRate, Double averageCycleDays) {
    }

    @Transactional(readOnly = true)
    public Funnel run(Criteria criteria, VisibilityScope scope) {
        SalesProcesses.ProcessView process = criteria.processId() == null ? processes.defaultProcess()
                : processes.process(criteria.processId());
        Map<UUID, long[]> reached = reached(process, criteria, scope);
        Map<UUID, Double> days = averageDays(process, criteria, scope);
        Map<UUID, Long> lostFrom = lostFrom(process, criteria, scope);
        Map<UUID, OpportunityQueries.StageTotals> open = openByStage(process, criteria, scope);
        List<SalesStage> openStages = process.openStages();
        List<StageFigures> figures = new ArrayList<>();
        for (SalesStage stage : process.stages()) {
            OpportunityQueries.StageTotals pipeline = open.getOrDefault(stage.getId(), OpportunityQueries.StageTotals.NONE);
            long reachedHere = reached.getOrDefault(stage.getId(), new long[] {0, 0})[0];
            long wentOn = reached.getOrDefault(stage.getId(), new long[] {0, 0})[1];
            Double conversion = stage.isOpen() && reachedHere > 0 && openStages.indexOf(stage) >= 0
                    ? (double) wentOn / reachedHere : null;
            figures.add(new StageFigures(stage, pipeline.count(), pipeline.amounts(), pipeline.weighted(),
                    reachedHere, conversion, days.get(stage.getId()), lostFrom.getOrDefault(stage.getId(), 0L)));
        }
        Object[] outcomes = outcomes(process, criteria, scope);
        long won = (Long) outcomes[0];
        long lost = (Long) outcomes[1];
        Double winRate = won + lost == 0 ? null : (double) won / (won + lost);
        @SuppressWarnings("unchecked")
        List<Money> wonAmount = (List<Money>) outcomes[2];
        return new Funnel(process.process(), figures, won, lost, wonAmount, winRate, (Double) outcomes[3]);
    }

    /**
     * Per stage: deals that entered it in the period, and of those how many later reached a further
     * stage (a higher open stage or won).
     */
    private Map<UUID, long[]> reached(SalesProcesses.ProcessView process, Criteria criteria, VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        period(where, "h.changed_at", criteria);
        String sql = """
                with entered as (
                    select h.opportunity_id, h.to_stage_id, min(h.changed_at) as entered_at
                    from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
                    where o.process_id = :process and %s
                    group by h.opportunity_id, h.to_stage_id
                ), positions as (select id, position, outcome from sales_stages where process_id = :process)
                select e.to_stage_id, count(*),
                       count(*) filter (where exists (
                           select 1 from opportunity_stage_changes later join positions lp on lp.id = later.to_stage_id
                           where later.opportunity_id = e.opportunity_id and later.changed_at > e.entered_at
                             and (lp.outcome = 'won' or (lp.outcome = 'open' and lp.position > p.position))))
                from entered e join positions p on p.id = e.to_stage_id
                group by e.to_stage_id
                """.formatted(where.sql());
        Map<UUID, long[]> result = new HashMap<>();
        where.bind(jdbc.sql(sql)).param("process", process.process().getId())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** Average days between entering a stage and leaving it, over the moves out of it in the period. */
    private Map<UUID, Double> averageDays(SalesProcesses.ProcessView process, Criteria criteria, VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        period(where, "h.changed_at", criteria);
        String sql = """
                with moves as (
                    select h.opportunity_id, h.to_stage_id, h.changed_at,
                           lead(h.changed_at) over (partition by h.opportunity_id order by h.changed_at, h.id) as left_at
                    from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
                    where o.process_id = :process and %s
                )
                select to_stage_id, avg(extract(epoch from (left_at - changed_at)) / 86400.0)
                from moves where left_at is not null group by to_stage_id
                """.formatted(where.sql());
        Map<UUID, Double> result = new HashMap<>();
        where.bind(jdbc.sql(sql)).param("process", process.process().getId())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), round(rs.getDouble(2)));
                });
        return result;
    }

    /** Lost deals by the stage they were in when they were lost. */
    private Map<UUID, Long> lostFrom(SalesProcesses.ProcessView process, Criteria criteria, VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        period(where, "h.changed_at", criteria);
        String sql = """
                select h.from_stage_id, count(distinct h.opportunity_id)
                from opportunity_stage_changes h join opportunities o on o.id = h.opportunity_id
                join sales_stages t on t.id = h.to_stage_id and t.outcome = 'lost'
                where o.process_id = :process and h.from_stage_id is not null and %s
                group by h.from_stage_id
                """.formatted(where.sql());
        Map<UUID, Long> result = new HashMap<>();
        where.bind(jdbc.sql(sql)).param("process", process.process().getId())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return result;
    }

    /** The open pipeline now: deals, amount and weighted amount per stage. */
    private Map<UUID, OpportunityQueries.StageTotals> openByStage(SalesProcesses.ProcessView process, Criteria criteria,
                                                                 VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        where.add("o.status = 'open'");
        String sql = """
                select o.stage_id, o.currency, count(*), coalesce(sum(o.amount), 0),
                       coalesce(sum(o.amount * o.probability / 100.0), 0)
                from opportunities o where o.process_id = :process and %s group by o.stage_id, o.currency
                """.formatted(where.sql());
        Map<UUID, OpportunityQueries.StageTotals> result = new HashMap<>();
        where.bind(jdbc.sql(sql)).param("process", process.process().getId())
                .query(rs -> {
                    String currency = rs.getString(2);
                    result.merge(rs.getObject(1, UUID.class), new OpportunityQueries.StageTotals(rs.getLong(3),
                            List.of(new Money(rs.getBigDecimal(4), currency)), List.of(new Money(rs.getBigDecimal(5), currency))),
                            OpportunityQueries.StageTotals::plus);
                });
        return result;
    }

    /** Won and lost deals closed in the period, the won amount, and the average days from creation to a win. */
    private Object[] outcomes(SalesProcesses.ProcessView process, Criteria criteria, VisibilityScope scope) {
        Where where = scoped(criteria, scope);
        where.add("o.status in ('won', 'lost')");
        where.addIf(criteria.from() != null, "o.close_date >= :fromDate", "fromDate", criteria.from());
        where.addIf(criteria.to() != null, "o.close_date <= :toDate", "toDate", criteria.to());
        String sql = """
                select count(*) filter (where o.status = 'won'), count(*) filter (where o.status = 'lost'),
                       avg(o.close_date - (o.created_at at time zone 'UTC')::date) filter (where o.status = 'won')
                from opportunities o where o.process_id = :process and %s
                """.formatted(where.sql());
        Object[] counts = where.bind(jdbc.sql(sql)).param("process", process.process().getId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2),
                        rs.getObject(3) == null ? null : round(rs.getDouble(3))})
                .single();
        String amounts = """
                select o.currency, sum(o.amount) from opportunities o
                where o.process_id = :process and o.status = 'won' and %s group by o.currency order by o.currency
                """.formatted(where.sql());
        List<Money> won = where.bind(jdbc.sql(amounts)).param("process", process.process().getId())
                .query((rs, n) -> new Money(rs.getBigDecimal(2), rs.getString(1))).list();
        return new Object[] {counts[0], counts[1], won, counts[2]};
    }

    /** The deals a report counts: visible to the user (owned in scope) and matching the criteria's who-filters. */
    static Where scoped(Criteria criteria, VisibilityScope scope) {
        Where where = new Where().add("o.deleted_at is null").add(scope.ownedSql("o"));
        where.addIf(criteria.ownerId() != null, "o.owner_id = :ownerFilter", "ownerFilter", criteria.ownerId());
        where.addIf(!criteria.departmentIds().isEmpty(), "o.department_id in (:departmentFilter)", "departmentFilter",
                criteria.departmentIds());
        where.addIf(criteria.teamId() != null, "o.owner_id in (select tm.user_id from team_members tm where tm.team_id = :teamFilter)",
                "teamFilter", criteria.teamId());
        where.addIf(criteria.productId() != null,
                "exists (select 1 from opportunity_lines l where l.opportunity_id = o.id and l.product_id = :productFilter)",
                "productFilter", criteria.productId());
        where.addIf(criteria.region() != null,
                "exists (select 1 from accounts a where a.id = o.account_id and lower(a.region) = lower(:regionFilter))",
                "regionFilter", criteria.region());
        return where;
    }

    private static void period(Where where, String column, Criteria criteria) {
        where.addIf(criteria.from() != null, column + " >= :periodStart", "periodStart",
                criteria.from() == null ? null : OffsetDateTime.of(criteria.from().atStartOfDay(), ZoneOffset.UTC));
        where.addIf(criteria.to() != null, column + " < :periodEnd", "periodEnd",
                criteria.to() == null ? null : OffsetDateTime.of(criteria.to().plusDays(1).atStartOfDay(), ZoneOffset.UTC));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
