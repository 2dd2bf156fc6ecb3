package dev.guanxi.sales.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abnormal opportunities (异常机会): open deals that stayed in their stage past the stage's maximum
 * days, had no activity for {@code guanxi.sales.idle-days}, passed their expected close date, or
 * whose buying committee has a gap (no economic buyer or coach once the deal is
 * {@code committee-alarm-probability}% likely; an economic or technical buyer opposing, always).
 * The reasons are computed in SQL, so the list pages with a keyset and counts stay one query, and
 * the visibility scope is part of the WHERE clause like everywhere else.
 */
@Component
public class OpportunityAlarms {

    /** Why a deal is abnormal; the first three are raised as notifications by {@link AlarmNotifier}. */
    public enum Reason {
        STAGE_OVERDUE("stage-overdue", true, "(s.max_days is not null and o.stage_entered_at < cast(:alarmNow as timestamptz) - s.max_days * interval '1 day')"),
        IDLE("idle", true, "(coalesce(o.last_activity_at, o.created_at) < cast(:idleSince as timestamptz))"),
        CLOSE_DATE_PASSED("close-date-passed", true, "(o.expected_close_date < cast(:alarmToday as date))"),
        NO_ECONOMIC_BUYER("no-economic-buyer", false, "(o.probability >= :committeeProbability and not exists (select 1 from"
                + " opportunity_contacts ac where ac.opportunity_id = o.id and ac.influence = 'economic'))"),
        NO_COACH("no-coach", false, "(o.probability >= :committeeProbability and not exists (select 1 from"
                + " opportunity_contacts ac where ac.opportunity_id = o.id and ac.influence = 'coach'))"),
        KEY_PERSON_OPPOSES("key-person-opposes", false, "exists (select 1 from opportunity_contacts ac where"
                + " ac.opportunity_id = o.id and ac.influence in ('economic', 'technical') and ac.attitude = 'opponent')");

        private final String code;
        private final boolean notified;
        private final String sql;

        Reason(String code, boolean notified, String sql) {
            this.code = code;
            this.notified = notified;
            this.sql = sql;
        }

        public String code() {
            return code;
        }

        public String messageKey() {
            return "alarm.reason." + code;
        }

        /** Time-based reasons are notified; committee gaps only show in the list (every young deal has them). */
        public boolean notified() {
            return notified;
        }

        String column() {
            return "alarm_" + name().toLowerCase();
        }
    }

    /**
     * One abnormal deal with its reasons and the figures behind them.
     *
     * @param lastTouch the last activity, or the creation when there was none
     */
    public record Alarm(OpportunityRow deal, Set<Reason> reasons, Integer maxDaysInStage, Instant lastTouch) {

        public long daysInStage() {
            return deal.daysInStage();
        }

        public long idleDays() {
            return Duration.between(lastTouch, Instant.now()).toDays();
        }
    }

    private final JdbcClient jdbc;
    private final int idleDays;
    private final int committeeProbability;

    OpportunityAlarms(JdbcClient jdbc, @Value("${guanxi.sales.idle-days:14}") int idleDays,
                      @Value("${guanxi.sales.committee-alarm-probability:30}") int committeeProbability) {
        this.jdbc = jdbc;
        this.idleDays = idleDays;
        this.committeeProbability = committeeProbability;
    }

    public int idleDays() {
        return idleDays;
    }

    /** Abnormal deals owned within the scope (optionally of one owner), in the page's sort order. */
    @Transactional(readOnly = true)
    public Slice<Alarm> list(UUID ownerId, PageRequest page, VisibilityScope scope) {
        Where where = abnormal(scope, ownerId).add(Keyset.after(page, "o"));
        SqlCondition accountReadable = scope.readableSql("a");
        where.add(new SqlCondition("true", accountReadable.params()));
        StringBuilder sql = new StringBuilder("select ").append(OpportunityRow.columns(page.sort().field().sqlExpression()));
        for (Reason reason : Reason.values()) {
            sql.append(", ").append(reason.sql).append(" as ").append(reason.column());
        }
        sql.append(", s.max_days, coalesce(o.last_activity_at, o.created_at) as last_touch ")
                .append(OpportunityRow.joins(accountReadable)).append(" where ").append(where.sql())
                .append(" order by ").append(page.sort().orderBy("o")).append(" limit ").append(page.limit() + 1);
        List<Alarm> rows = bindParameters(where.bind(jdbc.sql(sql.toString()))).query(OpportunityAlarms::map).list();
        return Keyset.slice(rows, page, alarm -> alarm.deal().sortValue(), alarm -> alarm.deal().id());
    }

    /** How many abnormal deals each owner within the scope has (the managers' home). */
    @Transactional(readOnly = true)
    public Map<UUID, Long> countByOwner(VisibilityScope scope) {
        Where where = abnormal(scope, null);
        Map<UUID, Long> counts = new HashMap<>();
        bindParameters(where.bind(jdbc.sql("select o.owner_id, count(*) from opportunities o"
                + " join sales_stages s on s.id = o.stage_id where " + where.sql() + " group by o.owner_id")))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    private Where abnormal(VisibilityScope scope, UUID ownerId) {
        Where where = new Where().add("o.deleted_at is null").add("o.status = 'open'").add(scope.ownedSql("o"));
        where.addIf(ownerId != null, "o.owner_id = :alarmOwner", "alarmOwner", ownerId);
        where.add("(" + String.join(" or ", java.util.Arrays.stream(Reason.values()).map(r -> r.sql).toList()) + ")");
        return where;
    }

    private JdbcClient.StatementSpec bindParameters(JdbcClient.StatementSpec statement) {
        Instant now = Instant.now();
        return statement.param("alarmNow", Timestamp.from(now))
                .param("idleSince", Timestamp.from(now.minus(Duration.ofDays(idleDays))))
                .param("alarmToday", LocalDate.now())
                .param("committeeProbability", committeeProbability);
    }

    private static Alarm map(ResultSet rs, int n) throws SQLException {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (Reason reason : Reason.values()) {
            if (rs.getBoolean(reason.column())) {
                reasons.add(reason);
            }
        }
        int maxDays = rs.getInt("max_days");
        return new Alarm(OpportunityRow.map(rs, n), reasons, rs.wasNull() ? null : maxDays,
                rs.getObject("last_touch", OffsetDateTime.class).toInstant());
    }
}
