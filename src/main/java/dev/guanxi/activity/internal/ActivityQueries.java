package dev.guanxi.activity.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of activities: lists (pending, overdue, done), the calendar's time ranges, one activity. */
@Component
public class ActivityQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("when", "coalesce(a.planned_start, a.created_at)", SortField.ValueType.TIMESTAMP),
            new SortField("updatedAt", "a.updated_at", SortField.ValueType.TIMESTAMP));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(0), false);
    public static final Sort LATEST_FIRST = new Sort(SORTS.get(0), true);

    /** The list views users ask for (活动视图): still to do, overdue, done, cancelled — or all. */
    public enum View { PENDING, OVERDUE, DONE, CANCELLED, ALL }

    public record ActivityFilter(View view, String q, ActivityType type, UUID ownerId, List<UUID> departmentIds,
                                 UUID accountId, UUID contactId, UUID opportunityId, UUID leadId, Instant from, Instant to,
                                 UUID teamId) {
        public ActivityFilter {
            view = view == null ? View.ALL : view;
            departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
        }
    }

    private final JdbcClient jdbc;
    private final ActivityParticipants participants;

    ActivityQueries(JdbcClient jdbc, ActivityParticipants participants) {
        this.jdbc = jdbc;
        this.participants = participants;
    }

    /** Who takes part in each of these activities, in one query. */
    public Map<UUID, List<ActivityParticipantView>> participantsOf(java.util.Collection<UUID> activityIds) {
        return participants.of(activityIds);
    }

    public Slice<ActivityRow> list(ActivityFilter filter, PageRequest page, VisibilityScope scope) {
        Where where = filtered(filter, scope);
        where.add(Keyset.after(page, "a"));
        String sql = "select " + ActivityRow.columns(page.sort().field().sqlExpression()) + ActivityRow.JOINS + " where "
                + where.sql() + " order by " + page.sort().orderBy("a") + " limit :limit";
        List<ActivityRow> rows = where.bind(jdbc.sql(sql)).param("limit", page.limit() + 1).query(ActivityRow::map).list();
        return Keyset.slice(rows, page, ActivityRow::sortValue, ActivityRow::id);
    }

    /** Planned activities overlapping [from, to) — what a calendar shows — for the people filtered, at most {@code limit}. */
    public List<ActivityRow> between(Instant from, Instant to, ActivityFilter filter, VisibilityScope scope, int limit) {
        Where where = filtered(filter, scope).add("a.planned_start is not null").add("a.status <> 'cancelled'");
        where.addIf(true, "a.planned_start < :rangeEnd", "rangeEnd", java.sql.Timestamp.from(to));
        where.addIf(true, "coalesce(a.planned_end, a.planned_start) >= :rangeStart", "rangeStart", java.sql.Timestamp.from(from));
        String sql = "select " + ActivityRow.columns("null") + ActivityRow.JOINS + " where " + where.sql()
                + " order by a.planned_start, a.id limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(ActivityRow::map).list();
    }

    public Optional<ActivityRow> findReadable(UUID id, VisibilityScope scope) {
        Where where = new Where().add(new SqlCondition("a.id = :id", Map.of("id", id))).add("a.deleted_at is null")
                .add(ActivityAccess.readableSql(scope));
        return where.bind(jdbc.sql("select " + ActivityRow.columns("null") + ActivityRow.JOINS + " where " + where.sql()))
                .query(ActivityRow::map).optional();
    }

    /** The latest activities about one record (a timeline), newest first. */
    public List<ActivityRow> about(String column, UUID recordId, int limit, VisibilityScope scope) {
        if (!List.of("account_id", "contact_id", "opportunity_id", "lead_id").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Where where = new Where().add("a.deleted_at is null").add(ActivityAccess.readableSql(scope))
                .add(new SqlCondition("a." + column + " = :record", Map.of("record", recordId)));
        String sql = "select " + ActivityRow.columns("null") + ActivityRow.JOINS + " where " + where.sql()
                + " order by coalesce(a.actual_start, a.planned_start, a.created_at) desc, a.id limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(ActivityRow::map).list();
    }

    public List<ActivityRow> search(SearchQuery query, int limit, VisibilityScope scope) {
        Where where = new Where().add("a.deleted_at is null").add(query.condition("a")).add(ActivityAccess.readableSql(scope));
        return where.bind(jdbc.sql("select " + ActivityRow.columns("null") + ActivityRow.JOINS + " where " + where.sql()
                        + " order by a.updated_at desc limit :limit")).param("limit", limit).query(ActivityRow::map).list();
    }

    public List<ActivityRow> deleted(VisibilityScope scope, int limit) {
        Where where = new Where().add("a.deleted_at is not null").add(scope.readableSql("a"));
        return where.bind(jdbc.sql("select " + ActivityRow.columns("null") + ActivityRow.JOINS + " where " + where.sql()
                        + " order by a.deleted_at desc limit :limit")).param("limit", limit).query(ActivityRow::map).list();
    }

    private Where filtered(ActivityFilter filter, VisibilityScope scope) {
        Where where = new Where().add("a.deleted_at is null");
        boolean aboutRecord = filter.accountId() != null || filter.contactId() != null || filter.opportunityId() != null
                || filter.leadId() != null;
        // a person's own lists show what they own and what they take part in; about a record, all that is readable
        where.add(aboutRecord || filter.ownerId() != null ? ActivityAccess.readableSql(scope) : ActivityAccess.orTakingPart(scope.ownedSql("a"), scope));
        SearchQuery query = SearchQuery.parse(filter.q());
        if (query != null) {
            where.add(query.condition("a"));
        }
        switch (filter.view()) {
            case PENDING -> where.add("a.status in ('planned', 'in_progress') and coalesce(a.planned_end, a.planned_start, 'infinity') >= now()");
            case OVERDUE -> where.add("a.status in ('planned', 'in_progress') and coalesce(a.planned_end, a.planned_start) < now()");
            case DONE -> where.add("a.status = 'done'");
            case CANCELLED -> where.add("a.status = 'cancelled'");
            case ALL -> { }
        }
        where.addIf(filter.type() != null, "a.type = :typeFilter", "typeFilter", filter.type() == null ? null : filter.type().code());
        where.addIf(filter.ownerId() != null, "(a.owner_id = :ownerFilter or exists (select 1 from activity_participants pf"
                + " where pf.activity_id = a.id and pf.user_id = :ownerFilter))", "ownerFilter", filter.ownerId());
        where.addIf(!filter.departmentIds().isEmpty(), "a.department_id in (:departmentFilter)", "departmentFilter",
                filter.departmentIds());
        where.addIf(filter.teamId() != null, "a.owner_id in (select tm.user_id from team_members tm where tm.team_id = :teamFilter)",
                "teamFilter", filter.teamId());
        where.addIf(filter.accountId() != null, "a.account_id = :accountFilter", "accountFilter", filter.accountId());
        where.addIf(filter.contactId() != null, "a.contact_id = :contactFilter", "contactFilter", filter.contactId());
        where.addIf(filter.opportunityId() != null, "a.opportunity_id = :opportunityFilter", "opportunityFilter", filter.opportunityId());
        where.addIf(filter.leadId() != null, "a.lead_id = :leadFilter", "leadFilter", filter.leadId());
        where.addIf(filter.from() != null, "coalesce(a.planned_start, a.created_at) >= :fromFilter", "fromFilter",
                filter.from() == null ? null : java.sql.Timestamp.from(filter.from()));
        where.addIf(filter.to() != null, "coalesce(a.planned_start, a.created_at) < :toFilter", "toFilter",
                filter.to() == null ? null : java.sql.Timestamp.from(filter.to()));
        return where;
    }
}
