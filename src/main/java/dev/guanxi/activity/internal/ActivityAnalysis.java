package dev.guanxi.activity.internal;

import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity analysis (活动分析) for the activities owned within the user's scope in a period: what each
 * rep executed, has pending and let become overdue, what the activities cost (活动费用) per rep, account
 * and opportunity, and how much effort deals take (activities per won or lost deal, and per stage the
 * deal was in when the activity took place, from the stage history). An activity belongs to the period
 * by when it happened, or was planned to happen.
 */
@Service
public class ActivityAnalysis implements dev.guanxi.activity.ActivityFigures {

    static final int TOP = 15;
    /** When an activity took place: its actual start, else its planned start, else when it was written down. */
    static final String WHEN = "coalesce(a.actual_start, a.planned_start, a.created_at)";

    private final JdbcClient jdbc;

    ActivityAnalysis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whose activities: one owner, a department subtree, a team; the days from..to (both included) in a time zone. */
    public record Criteria(LocalDate from, LocalDate to, ZoneId zone, UUID ownerId, List<UUID> departmentIds, UUID teamId) {
        public Criteria {
            departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        }

        Timestamp start() {
            return from == null ? null : Timestamp.from(from.atStartOfDay(zone).toInstant());
        }

        Timestamp end() {
            return to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    public record RepFigures(UUID ownerId, String ownerName, long done, long pending, long overdue, long cancelled,
                             List<Money> cost) {
        public long total() {
            return done + pending + overdue + cancelled;
        }
    }

    public record RecordCost(UUID id, String name, long activities, List<Money> cost) {
    }

    public record TypeFigures(String type, long done, long open, List<Money> cost) {
    }

    /** Deals closed in the period as won or lost: how many, and how many done activities they took. */
    public record OutcomeEffort(String outcome, long deals, long activities) {
        public Double perDeal() {
            return deals == 0 ? null : (double) activities / deals;
        }
    }

    /** Done activities on deals, by the stage the deal was in at the time. */
    public record StageEffort(String stageCode, String nameEn, String nameZh, int position, long activities, long deals) {
        public Double perDeal() {
            return deals == 0 ? null : (double) activities / deals;
        }

        public String name(java.util.Locale locale) {
            return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }

    public record Analysis(List<RepFigures> reps, RepFigures total, List<TypeFigures> types, List<RecordCost> accounts,
                           List<RecordCost> opportunities, List<OutcomeEffort> outcomes, List<StageEffort> stages) {
    }

    @Transactional(readOnly = true)
    public Analysis run(Criteria criteria, VisibilityScope scope) {
        List<RepFigures> reps = byRep(criteria, scope);
        return new Analysis(reps, total(reps), byType(criteria, scope), costBy("account_id", "accounts", criteria, scope),
                costBy("opportunity_id", "opportunities", criteria, scope), outcomes(criteria, scope), stages(criteria, scope));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, DoneAndOverdue> byOwner(LocalDate from, LocalDate to, ZoneId zone, VisibilityScope scope) {
        Map<UUID, DoneAndOverdue> result = new LinkedHashMap<>();
        byRep(new Criteria(from, to, zone, null, List.of(), null), scope)
                .forEach(r -> result.put(r.ownerId(), new DoneAndOverdue(r.done(), r.overdue())));
        return result;
    }

    private Where activities(Criteria criteria, VisibilityScope scope) {
        Where where = new Where().add("a.deleted_at is null").add(scope.ownedSql("a"));
        where.addIf(criteria.ownerId() != null, "a.owner_id = :owner", "owner", criteria.ownerId());
        where.addIf(!criteria.departmentIds().isEmpty(), "a.department_id in (:departments)", "departments", criteria.departmentIds());
        where.addIf(criteria.teamId() != null, "a.owner_id in (select tm.user_id from team_members tm where tm.team_id = :team)",
                "team", criteria.teamId());
        where.addIf(criteria.from() != null, WHEN + " >= :from", "from", criteria.start());
        where.addIf(criteria.to() != null, WHEN + " < :to", "to", criteria.end());
        return where;
    }

    private List<RepFigures> byRep(Criteria criteria, VisibilityScope scope) {
        Where where = activities(criteria, scope);
        String sql = """
                select a.owner_id, u.name, a.currency,
                       count(*) filter (where a.status = 'done'),
                       count(*) filter (where a.status in ('planned', 'in_progress')
                                          and coalesce(a.planned_end, a.planned_start, 'infinity') >= now()),
                       count(*) filter (where a.status in ('planned', 'in_progress')
                                          and coalesce(a.planned_end, a.planned_start) < now()),
                       count(*) filter (where a.status = 'cancelled'),
                       sum(a.cost) filter (where a.status = 'done')
                  from activities a left join users u on u.id = a.owner_id
                """ + " where " + where.sql() + " group by a.owner_id, u.name, a.currency order by u.name, a.currency";
        Map<UUID, RepFigures> reps = new LinkedHashMap<>();
        where.bind(jdbc.sql(sql)).query(rs -> {
            UUID owner = rs.getObject(1, UUID.class);
            BigDecimal cost = rs.getBigDecimal(8);
            RepFigures row = new RepFigures(owner, rs.getString(2), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                    cost == null ? List.of() : List.of(new Money(cost, rs.getString(3))));
            reps.merge(owner, row, ActivityAnalysis::add);
        });
        return new ArrayList<>(reps.values());
    }

    private static RepFigures add(RepFigures a, RepFigures b) {
        List<Money> cost = new ArrayList<>(a.cost());
        cost.addAll(b.cost());
        return new RepFigures(a.ownerId(), a.ownerName(), a.done() + b.done(), a.pending() + b.pending(),
                a.overdue() + b.overdue(), a.cancelled() + b.cancelled(), Money.sum(cost));
    }

    private static RepFigures total(List<RepFigures> reps) {
        return reps.stream().reduce(new RepFigures(null, null, 0, 0, 0, 0, List.of()), ActivityAnalysis::add);
    }

    private List<TypeFigures> byType(Criteria criteria, VisibilityScope scope) {
        Where where = activities(criteria, scope).add("a.status <> 'cancelled'");
        String sql = "select a.type, a.currency, count(*) filter (where a.status = 'done'), count(*) filter (where a.status <> 'done'),"
                + " sum(a.cost) filter (where a.status = 'done') from activities a where " + where.sql()
                + " group by a.type, a.currency";
        Map<String, TypeFigures> types = new LinkedHashMap<>();
        where.bind(jdbc.sql(sql)).query(rs -> {
            BigDecimal cost = rs.getBigDecimal(5);
            TypeFigures row = new TypeFigures(rs.getString(1), rs.getLong(3), rs.getLong(4),
                    cost == null ? List.of() : List.of(new Money(cost, rs.getString(2))));
            types.merge(row.type(), row, (x, y) -> new TypeFigures(x.type(), x.done() + y.done(), x.open() + y.open(),
                    Money.sum(concat(x.cost(), y.cost()))));
        });
        return types.values().stream().sorted(java.util.Comparator.comparingLong(TypeFigures::done).reversed()).toList();
    }

    /** The accounts (or deals) whose done activities cost most in the period, at most {@value #TOP}. */
    private List<RecordCost> costBy(String column, String table, Criteria criteria, VisibilityScope scope) {
        Where where = activities(criteria, scope).add("a.status = 'done'").add("a." + column + " is not null");
        String sql = """
                with spent as (
                    select a.%1$s as record_id, a.currency, count(*) as n, coalesce(sum(a.cost), 0) as cost
                      from activities a where %3$s group by a.%1$s, a.currency),
                top as (
                    select record_id from spent group by record_id order by max(cost) desc, sum(n) desc, record_id limit :top)
                select s.record_id, r.name, s.n, s.cost, s.currency
                  from spent s join top using (record_id) join %2$s r on r.id = s.record_id
                """.formatted(column, table, where.sql());
        Map<UUID, RecordCost> records = new LinkedHashMap<>();
        where.bind(jdbc.sql(sql)).param("top", TOP).query(rs -> {
            RecordCost row = new RecordCost(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                    List.of(new Money(rs.getBigDecimal(4), rs.getString(5))));
            records.merge(row.id(), row, (x, y) -> new RecordCost(x.id(), x.name(), x.activities() + y.activities(),
                    Money.sum(concat(x.cost(), y.cost()))));
        });
        return records.values().stream()
                .sorted(java.util.Comparator.comparing((RecordCost r) -> r.cost().stream().map(Money::amount)
                        .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(RecordCost::activities).reversed()))
                .toList();
    }

    /**
     * Deals of the scope closed in the period, won and lost, and the done activities recorded on them
     * over their whole life (the effort a closed deal took, not only this period's).
     */
    private List<OutcomeEffort> outcomes(Criteria criteria, VisibilityScope scope) {
        Where deals = closedDeals(criteria, scope);
        String sql = """
                select o.status, count(*),
                       coalesce(sum((select count(*) from activities a
                                      where a.opportunity_id = o.id and a.status = 'done' and a.deleted_at is null)), 0)
                  from opportunities o where %s group by o.status
                """.formatted(deals.sql());
        Map<String, OutcomeEffort> found = new LinkedHashMap<>();
        deals.bind(jdbc.sql(sql)).query(rs -> {
            found.put(rs.getString(1), new OutcomeEffort(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        });
        return List.of(found.getOrDefault("won", new OutcomeEffort("won", 0, 0)),
                found.getOrDefault("lost", new OutcomeEffort("lost", 0, 0)));
    }

    private Where closedDeals(Criteria criteria, VisibilityScope scope) {
        Where where = new Where().add("o.deleted_at is null").add("o.status in ('won', 'lost')").add(scope.ownedSql("o"));
        where.addIf(criteria.ownerId() != null, "o.owner_id = :owner", "owner", criteria.ownerId());
        where.addIf(!criteria.departmentIds().isEmpty(), "o.department_id in (:departments)", "departments", criteria.departmentIds());
        where.addIf(criteria.teamId() != null, "o.owner_id in (select tm.user_id from team_members tm where tm.team_id = :team)",
                "team", criteria.teamId());
        where.addIf(criteria.from() != null, "o.close_date >= :fromDay", "fromDay", criteria.from());
        where.addIf(criteria.to() != null, "o.close_date <= :toDay", "toDay", criteria.to());
        return where;
    }

    /**
     * Done activities of the period on deals, each counted in the stage its deal was in when it took place
     * (the last stage change before it), and how many deals had activities in that stage.
     */
    private List<StageEffort> stages(Criteria criteria, VisibilityScope scope) {
        Where where = activities(criteria, scope).add("a.status = 'done'").add("a.opportunity_id is not null");
        String sql = """
                select s.code, s.name_en, s.name_zh, s.position, count(*), count(distinct a.opportunity_id)
                  from activities a
                  join lateral (select c.to_stage_id from opportunity_stage_changes c
                                 where c.opportunity_id = a.opportunity_id and c.changed_at <= %1$s
                                 order by c.changed_at desc limit 1) at_time on true
                  join sales_stages s on s.id = at_time.to_stage_id
                 where %2$s
                 group by s.process_id, s.code, s.name_en, s.name_zh, s.position order by s.process_id, s.position
                """.formatted(WHEN, where.sql());
        return where.bind(jdbc.sql(sql)).query((rs, n) -> new StageEffort(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getLong(5), rs.getLong(6))).list();
    }

    private static List<Money> concat(List<Money> a, List<Money> b) {
        List<Money> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
