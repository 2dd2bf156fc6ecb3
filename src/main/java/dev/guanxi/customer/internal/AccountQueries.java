package dev.guanxi.customer.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of accounts in SQL: keyset-paged lists with filters, search, single rows — each with the
 * caller's visibility in its WHERE clause, and the owner's name joined in (no query per row).
 */
@Component
public class AccountQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("updatedAt", "a.updated_at", SortField.ValueType.TIMESTAMP),
            new SortField("createdAt", "a.created_at", SortField.ValueType.TIMESTAMP),
            new SortField("name", "a.name", SortField.ValueType.TEXT),
            new SortField("annualRevenue", "coalesce(a.annual_revenue, -1)", SortField.ValueType.DECIMAL));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(0), true);

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Slice<AccountRow> list(AccountFilter filter, PageRequest page, VisibilityScope scope) {
        Where where = new Where();
        where.add("a.deleted_at is null");
        where.add(filter.pool() ? new SqlCondition("a.owner_id is null", Map.of()) : scope.ownedSql("a"));
        addFilters(filter, where);
        where.add(Keyset.after(page, "a"));
        String sql = "select " + AccountRow.columns(page.sort().field().sqlExpression()) + AccountRow.JOINS
                + " where " + where.sql() + " order by " + page.sort().orderBy("a") + " limit :limit";
        List<AccountRow> rows = where.bind(jdbc.sql(sql)).param("limit", page.limit() + 1).query(AccountRow::map).list();
        return Keyset.slice(rows, page, AccountRow::sortValue, AccountRow::id);
    }

    /** One account the scope may read (owned within scope, or in the pool), deleted ones only if asked. */
    public Optional<AccountRow> findReadable(UUID id, VisibilityScope scope, boolean includeDeleted) {
        Where where = new Where();
        where.add(new SqlCondition("a.id = :id", Map.of("id", id)));
        if (!includeDeleted) {
            where.add("a.deleted_at is null");
        }
        where.add(scope.readableSql("a"));
        String sql = "select " + AccountRow.columns("null") + AccountRow.JOINS + " where " + where.sql();
        return where.bind(jdbc.sql(sql)).query(AccountRow::map).optional();
    }

    /** Names and owners of many readable accounts at once (contacts, relations, the network). */
    public Map<UUID, AccountRow> findReadable(java.util.Collection<UUID> ids, VisibilityScope scope) {
        List<UUID> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Where where = new Where();
        where.add(new SqlCondition("a.id in (:ids)", Map.of("ids", distinct)));
        where.add("a.deleted_at is null");
        where.add(scope.readableSql("a"));
        String sql = "select " + AccountRow.columns("null") + AccountRow.JOINS + " where " + where.sql();
        Map<UUID, AccountRow> result = new LinkedHashMap<>();
        where.bind(jdbc.sql(sql)).query(AccountRow::map).list().forEach(row -> result.put(row.id(), row));
        return result;
    }

    /**
     * Search-as-you-type: names that start with the query first, then any match of name, pinyin,
     * phone or e-mail. Pool accounts are included, so a rep finds an account before claiming it.
     */
    public List<AccountRow> search(SearchQuery query, int limit, VisibilityScope scope) {
        Map<UUID, AccountRow> found = new LinkedHashMap<>();
        if (query.kind() != SearchQuery.Kind.PREFIX_ONLY) {
            searchWhere(query.namePrefix("a"), limit, scope).forEach(row -> found.put(row.id(), row));
        }
        if (found.size() < limit) {
            searchWhere(query.condition("a"), limit, scope).forEach(row -> found.putIfAbsent(row.id(), row));
        }
        return found.values().stream().limit(limit).toList();
    }

    private List<AccountRow> searchWhere(SqlCondition match, int limit, VisibilityScope scope) {
        Where where = new Where();
        where.add("a.deleted_at is null");
        where.add(match);
        where.add(scope.readableSql("a"));
        String sql = "select " + AccountRow.columns("null") + AccountRow.JOINS + " where " + where.sql()
                + " order by a.updated_at desc, a.id desc limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(AccountRow::map).list();
    }

    public List<AccountRow> deleted(VisibilityScope scope, int limit) {
        Where where = new Where();
        where.add("a.deleted_at is not null");
        where.add(scope.readableSql("a"));
        String sql = "select " + AccountRow.columns("null") + AccountRow.JOINS + " where " + where.sql()
                + " order by a.deleted_at desc limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(AccountRow::map).list();
    }

    public long countOwnedBy(UUID ownerId) {
        return jdbc.sql("select count(*) from accounts where owner_id = :owner and deleted_at is null")
                .param("owner", ownerId).query(Long.class).single();
    }

    public long countPool() {
        return jdbc.sql("select count(*) from accounts where owner_id is null and deleted_at is null")
                .query(Long.class).single();
    }

    /** Accounts whose parent is one of {@code parentIds} (subsidiaries in the group company). */
    public List<AccountRow> children(java.util.Collection<UUID> parentIds, VisibilityScope scope, int limit) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        where.add(new SqlCondition("a.parent_account_id in (:parents)", Map.of("parents", List.copyOf(parentIds))));
        where.add("a.deleted_at is null");
        where.add(scope.readableSql("a"));
        String sql = "select " + AccountRow.columns("null") + AccountRow.JOINS + " where " + where.sql()
                + " order by a.name limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(AccountRow::map).list();
    }

    private static void addFilters(AccountFilter filter, Where where) {
        SearchQuery query = SearchQuery.parse(filter.q());
        if (query != null) {
            where.add(query.condition("a"));
        }
        where.addIf(filter.type() != null, "a.type = :type", "type", filter.type() == null ? null : filter.type().code());
        where.addIf(filter.industry() != null, "a.industry = :industry", "industry",
                filter.industry() == null ? null : filter.industry().code());
        where.addIf(filter.grade() != null, "a.grade = :grade", "grade", filter.grade() == null ? null : filter.grade().code());
        where.addIf(filter.status() != null, "a.status = :status", "status",
                filter.status() == null ? null : filter.status().code());
        where.addIf(filter.source() != null, "a.source = :source", "source",
                filter.source() == null ? null : filter.source().code());
        where.addIf(filter.ownerId() != null, "a.owner_id = :ownerFilter", "ownerFilter", filter.ownerId());
        where.addIf(!filter.departmentIds().isEmpty(), "a.department_id in (:departmentFilter)", "departmentFilter",
                filter.departmentIds());
        where.addIf(filter.region() != null, "a.region = :region", "region", filter.region());
        where.addIf(filter.city() != null, "a.city = :city", "city", filter.city());
        where.addIf(filter.tag() != null, "a.tags @> array[cast(:tag as text)]", "tag", filter.tag());
        where.addIf(filter.parentAccountId() != null, "a.parent_account_id = :parentFilter", "parentFilter",
                filter.parentAccountId());
    }
}
