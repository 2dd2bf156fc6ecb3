package dev.guanxi.sales.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.values.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of opportunities in SQL, each with the caller's visibility in the WHERE clause. */
@Component
public class OpportunityQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("updatedAt", "o.updated_at", SortField.ValueType.TIMESTAMP),
            new SortField("createdAt", "o.created_at", SortField.ValueType.TIMESTAMP),
            new SortField("name", "o.name", SortField.ValueType.TEXT),
            new SortField("amount", "o.amount", SortField.ValueType.DECIMAL),
            new SortField("expectedCloseDate", "coalesce(o.expected_close_date, date '9999-12-31')", SortField.ValueType.DATE));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(0), true);

    private final JdbcClient jdbc;

    OpportunityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Slice<OpportunityRow> list(OpportunityFilter filter, PageRequest page, VisibilityScope scope) {
        Where where = filtered(filter, scope);
        where.add(Keyset.after(page, "o"));
        return Keyset.slice(select(where, scope, page.sort().field().sqlExpression(),
                        " order by " + page.sort().orderBy("o") + " limit " + (page.limit() + 1)),
                page, OpportunityRow::sortValue, OpportunityRow::id);
    }

    public Optional<OpportunityRow> findReadable(UUID id, VisibilityScope scope) {
        Where where = new Where().add(new SqlCondition("o.id = :id", Map.of("id", id))).add("o.deleted_at is null")
                .add(readableOrOnTeam(scope));
        return select(where, scope, "null", "").stream().findFirst();
    }

    /** The cards of one board column: open deals in a stage, largest first. */
    public List<OpportunityRow> inStage(UUID stageId, OpportunityFilter filter, VisibilityScope scope, int limit) {
        Where where = filtered(filter, scope).add(new SqlCondition("o.stage_id = :boardStage", Map.of("boardStage", stageId)));
        return select(where, scope, "null", " order by o.amount desc, o.id limit " + limit);
    }

    /**
     * Per stage: how many deals, and their amount and weighted amount per currency (one query, grouped
     * in SQL; amounts of different currencies are never added together).
     */
    public Map<UUID, StageTotals> totalsByStage(OpportunityFilter filter, VisibilityScope scope) {
        Where where = filtered(filter, scope);
        String sql = "select o.stage_id, o.currency, count(*), coalesce(sum(o.amount), 0), "
                + "coalesce(sum(o.amount * o.probability / 100.0), 0) from opportunities o where " + where.sql()
                + " group by o.stage_id, o.currency";
        Map<UUID, StageTotals> totals = new java.util.HashMap<>();
        where.bind(jdbc.sql(sql)).query(rs -> {
            UUID stage = rs.getObject(1, UUID.class);
            String currency = rs.getString(2);
            StageTotals part = new StageTotals(rs.getLong(3), List.of(new Money(rs.getBigDecimal(4), currency)),
                    List.of(new Money(rs.getBigDecimal(5), currency)));
            totals.merge(stage, part, StageTotals::plus);
        });
        return totals;
    }

    public record StageTotals(long count, List<Money> amounts, List<Money> weighted) {
        public static final StageTotals NONE = new StageTotals(0, List.of(), List.of());

        public StageTotals plus(StageTotals other) {
            return new StageTotals(count + other.count,
                    Money.sum(java.util.stream.Stream.concat(amounts.stream(), other.amounts.stream()).toList()),
                    Money.sum(java.util.stream.Stream.concat(weighted.stream(), other.weighted.stream()).toList()));
        }
    }

    public List<OpportunityRow> search(SearchQuery query, int limit, VisibilityScope scope) {
        Where where = new Where().add("o.deleted_at is null").add(query.condition("o")).add(readableOrOnTeam(scope));
        return select(where, scope, "null", " order by o.updated_at desc, o.id desc limit " + limit);
    }

    public List<OpportunityRow> deleted(VisibilityScope scope, int limit) {
        Where where = new Where().add("o.deleted_at is not null").add(scope.readableSql("o"));
        return select(where, scope, "null", " order by o.deleted_at desc limit " + limit);
    }

    /** Deals the user may read by ownership and department, and the deals whose team they are on. */
    static SqlCondition readableOrOnTeam(VisibilityScope scope) {
        SqlCondition readable = scope.readableSql("o");
        if (scope.seesEverything() || scope.userId() == null) {
            return readable;
        }
        Map<String, Object> params = new java.util.HashMap<>(readable.params());
        params.put("teamMember", scope.userId());
        return new SqlCondition("(" + readable.sql() + " or exists (select 1 from opportunity_team tm"
                + " where tm.opportunity_id = o.id and tm.user_id = :teamMember))", params);
    }

    private Where filtered(OpportunityFilter filter, VisibilityScope scope) {
        Where where = new Where().add("o.deleted_at is null");
        where.add(filter.accountId() != null ? scope.readableSql("o") : scope.ownedSql("o"));
        SearchQuery query = SearchQuery.parse(filter.q());
        if (query != null) {
            where.add(query.condition("o"));
        }
        where.addIf(filter.accountId() != null, "o.account_id = :accountFilter", "accountFilter", filter.accountId());
        where.addIf(filter.processId() != null, "o.process_id = :processFilter", "processFilter", filter.processId());
        where.addIf(filter.stageId() != null, "o.stage_id = :stageFilter", "stageFilter", filter.stageId());
        where.addIf(filter.status() != null, "o.status = :statusFilter", "statusFilter",
                filter.status() == null ? null : filter.status().code());
        where.addIf(filter.ownerId() != null, "o.owner_id = :ownerFilter", "ownerFilter", filter.ownerId());
        where.addIf(!filter.departmentIds().isEmpty(), "o.department_id in (:departmentFilter)", "departmentFilter",
                filter.departmentIds());
        where.addIf(filter.teamId() != null, "o.owner_id in (select tm.user_id from team_members tm where tm.team_id = :teamFilter)",
                "teamFilter", filter.teamId());
        where.addIf(filter.closingFrom() != null, "o.expected_close_date >= :closingFrom", "closingFrom", filter.closingFrom());
        where.addIf(filter.closingTo() != null, "o.expected_close_date <= :closingTo", "closingTo", filter.closingTo());
        return where;
    }

    private List<OpportunityRow> select(Where where, VisibilityScope scope, String sortExpression, String tail) {
        SqlCondition accountReadable = scope.readableSql("a");
        where.add(new SqlCondition("true", accountReadable.params()));
        String sql = "select " + OpportunityRow.columns(sortExpression) + OpportunityRow.joins(accountReadable)
                + " where " + where.sql() + tail;
        return where.bind(jdbc.sql(sql)).query(OpportunityRow::map).list();
    }
}
