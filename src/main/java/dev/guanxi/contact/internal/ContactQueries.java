package dev.guanxi.contact.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of contacts in SQL, each with the caller's visibility in the WHERE clause. */
@Component
public class ContactQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("updatedAt", "c.updated_at", SortField.ValueType.TIMESTAMP),
            new SortField("createdAt", "c.created_at", SortField.ValueType.TIMESTAMP),
            new SortField("name", "c.name", SortField.ValueType.TEXT));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(0), true);

    private final JdbcClient jdbc;

    ContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Slice<ContactRow> list(ContactFilter filter, PageRequest page, VisibilityScope scope) {
        Where where = new Where().add("c.deleted_at is null");
        // Contacts of one account are listed whoever owns them, as long as each is readable.
        where.add(filter.accountId() != null ? scope.readableSql("c") : scope.ownedSql("c"));
        SearchQuery query = SearchQuery.parse(filter.q());
        if (query != null) {
            where.add(query.condition("c"));
        }
        where.addIf(filter.accountId() != null, "c.account_id = :accountFilter", "accountFilter", filter.accountId());
        where.addIf(filter.decisionRole() != null, "c.decision_role = :role", "role",
                filter.decisionRole() == null ? null : filter.decisionRole().code());
        where.addIf(filter.keyDecisionMaker() != null, "c.key_decision_maker = :key", "key", filter.keyDecisionMaker());
        where.addIf(filter.ownerId() != null, "c.owner_id = :ownerFilter", "ownerFilter", filter.ownerId());
        where.addIf(!filter.departmentIds().isEmpty(), "c.department_id in (:departmentFilter)", "departmentFilter",
                filter.departmentIds());
        where.add(Keyset.after(page, "c"));
        return Keyset.slice(select(where, scope, page.sort().field().sqlExpression(),
                " order by " + page.sort().orderBy("c") + " limit " + (page.limit() + 1)), page, ContactRow::sortValue,
                ContactRow::id);
    }

    public Optional<ContactRow> findReadable(UUID id, VisibilityScope scope) {
        Where where = new Where().add(new SqlCondition("c.id = :id", Map.of("id", id)))
                .add("c.deleted_at is null").add(scope.readableSql("c"));
        return select(where, scope, "null", "").stream().findFirst();
    }

    public Map<UUID, ContactRow> findReadable(Collection<UUID> ids, VisibilityScope scope) {
        List<UUID> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, ContactRow> result = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return result;
        }
        Where where = new Where().add(new SqlCondition("c.id in (:ids)", Map.of("ids", distinct)))
                .add("c.deleted_at is null").add(scope.readableSql("c"));
        select(where, scope, "null", "").forEach(row -> result.put(row.id(), row));
        return result;
    }

    /** Readable contacts of these accounts, key decision makers first (the account page, the network). */
    public List<ContactRow> ofAccounts(Collection<UUID> accountIds, VisibilityScope scope, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Where where = new Where().add(new SqlCondition("c.account_id in (:accounts)", Map.of("accounts", List.copyOf(accountIds))))
                .add("c.deleted_at is null").add(scope.readableSql("c"));
        return select(where, scope, "null", " order by c.key_decision_maker desc, c.name limit " + limit);
    }

    /** Search-as-you-type: names starting with the query first, then name, pinyin, phone or e-mail matches. */
    public List<ContactRow> search(SearchQuery query, int limit, VisibilityScope scope) {
        Map<UUID, ContactRow> found = new LinkedHashMap<>();
        if (query.kind() != SearchQuery.Kind.PREFIX_ONLY) {
            Where prefix = new Where().add("c.deleted_at is null").add(query.namePrefix("c")).add(scope.readableSql("c"));
            select(prefix, scope, "null", " order by c.updated_at desc, c.id desc limit " + limit)
                    .forEach(row -> found.put(row.id(), row));
        }
        if (found.size() < limit) {
            Where match = new Where().add("c.deleted_at is null").add(query.condition("c")).add(scope.readableSql("c"));
            select(match, scope, "null", " order by c.updated_at desc, c.id desc limit " + limit)
                    .forEach(row -> found.putIfAbsent(row.id(), row));
        }
        return found.values().stream().limit(limit).toList();
    }

    public List<ContactRow> deleted(VisibilityScope scope, int limit) {
        Where where = new Where().add("c.deleted_at is not null").add(scope.readableSql("c"));
        return select(where, scope, "null", " order by c.deleted_at desc limit " + limit);
    }

    public long countOfAccount(UUID accountId, VisibilityScope scope) {
        Where where = new Where().add(new SqlCondition("c.account_id = :account", Map.of("account", accountId)))
                .add("c.deleted_at is null").add(scope.readableSql("c"));
        String sql = "select count(*) from contacts c where " + where.sql();
        return where.bind(jdbc.sql(sql)).query(Long.class).single();
    }

    private List<ContactRow> select(Where where, VisibilityScope scope, String sortExpression, String tail) {
        // The account condition uses the same scope, hence the same parameter names and values.
        SqlCondition accountReadable = scope.readableSql("a");
        where.add(new SqlCondition("true", accountReadable.params()));
        String sql = "select " + ContactRow.columns(sortExpression) + ContactRow.joins(accountReadable)
                + " where " + where.sql() + tail;
        return where.bind(jdbc.sql(sql)).query(ContactRow::map).list();
    }
}
