package dev.guanxi.sales.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.values.PhoneNumbers;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of leads, each with the caller's visibility in the WHERE clause; and the duplicate check. */
@Component
public class LeadQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("updatedAt", "l.updated_at", SortField.ValueType.TIMESTAMP),
            new SortField("createdAt", "l.created_at", SortField.ValueType.TIMESTAMP),
            new SortField("name", "l.name", SortField.ValueType.TEXT));
    public static final Sort DEFAULT_SORT = new Sort(SORTS.get(1), true);

    private final JdbcClient jdbc;

    LeadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record LeadFilter(String q, LeadStatus status, LeadSource source, UUID ownerId, boolean pool) {
    }

    public Slice<LeadRow> list(LeadFilter filter, PageRequest page, VisibilityScope scope) {
        Where where = new Where().add("l.deleted_at is null");
        where.add(filter.pool() ? new SqlCondition("l.owner_id is null", Map.of()) : scope.ownedSql("l"));
        SearchQuery query = SearchQuery.parse(filter.q());
        if (query != null) {
            where.add(query.condition("l"));
        }
        where.addIf(filter.status() != null, "l.status = :status", "status", filter.status() == null ? null : filter.status().code());
        where.addIf(filter.source() != null, "l.source = :source", "source", filter.source() == null ? null : filter.source().code());
        where.addIf(filter.ownerId() != null, "l.owner_id = :ownerFilter", "ownerFilter", filter.ownerId());
        where.add(Keyset.after(page, "l"));
        String sql = "select " + LeadRow.columns(page.sort().field().sqlExpression()) + LeadRow.JOINS + " where "
                + where.sql() + " order by " + page.sort().orderBy("l") + " limit :limit";
        List<LeadRow> rows = where.bind(jdbc.sql(sql)).param("limit", page.limit() + 1).query(LeadRow::map).list();
        return Keyset.slice(rows, page, LeadRow::sortValue, LeadRow::id);
    }

    public Optional<LeadRow> findReadable(UUID id, VisibilityScope scope) {
        Where where = new Where().add(new SqlCondition("l.id = :id", Map.of("id", id))).add("l.deleted_at is null")
                .add(scope.readableSql("l"));
        String sql = "select " + LeadRow.columns("null") + LeadRow.JOINS + " where " + where.sql();
        return where.bind(jdbc.sql(sql)).query(LeadRow::map).optional();
    }

    public List<LeadRow> search(SearchQuery query, int limit, VisibilityScope scope) {
        Where where = new Where().add("l.deleted_at is null").add(query.condition("l")).add(scope.readableSql("l"));
        String sql = "select " + LeadRow.columns("null") + LeadRow.JOINS + " where " + where.sql()
                + " order by l.updated_at desc limit :limit";
        return where.bind(jdbc.sql(sql)).param("limit", limit).query(LeadRow::map).list();
    }

    /** A possible duplicate the user may see: what kind of record, its id, name and why it matched. */
    public record Duplicate(String kind, UUID id, String name, String reason) {
    }

    /** Duplicates the user may open, and how many more exist that belong to others. */
    public record Duplicates(List<Duplicate> visible, int hidden) {
    }

    /**
     * Records that may be the same person or company. The check looks past the user's own records —
     * two reps must not chase one customer unknowingly — but names only those the user may read.
     */
    public Duplicates duplicatesOf(LeadRow lead, VisibilityScope scope) {
        List<Match> found = new ArrayList<>();
        String email = lead.email() == null ? null : lead.email().toLowerCase();
        String phone = firstPhone(lead);
        if (email != null) {
            found.addAll(jdbc.sql("""
                            select 'leads', id, name, owner_id, department_id from leads
                            where lower(email) = :email and id <> :id and deleted_at is null
                            union all select 'contacts', id, name, owner_id, department_id from contacts
                            where lower(email) = :email and deleted_at is null
                            limit 20
                            """)
                    .param("email", email).param("id", lead.id()).query((rs, n) -> match(rs, "email")).list());
        }
        if (phone != null) {
            found.addAll(jdbc.sql("""
                            select 'leads', id, name, owner_id, department_id from leads
                            where search_text like :phone and id <> :id and deleted_at is null
                            union all select 'contacts', id, name, owner_id, department_id from contacts
                            where search_text like :phone and deleted_at is null
                            union all select 'accounts', id, name, owner_id, department_id from accounts
                            where search_text like :phone and deleted_at is null
                            limit 20
                            """)
                    .param("phone", "%" + SearchQuery.escapeLike(phone) + "%").param("id", lead.id())
                    .query((rs, n) -> match(rs, "phone")).list());
        }
        SearchQuery company = lead.company() == null ? null : SearchQuery.parse(lead.company());
        if (company != null && company.kind() != SearchQuery.Kind.PREFIX_ONLY) {
            SqlCondition condition = company.condition("a");
            String sql = "select 'accounts', a.id, a.name, a.owner_id, a.department_id from accounts a "
                    + "where a.deleted_at is null and " + condition.sql() + " limit 10";
            found.addAll(condition.bind(jdbc.sql(sql)).query((rs, n) -> match(rs, "company")).list());
        }
        List<Match> distinct = found.stream().distinct().toList();
        List<Duplicate> visible = distinct.stream().filter(m -> scope.canRead(m.ownerId(), m.departmentId()))
                .map(m -> new Duplicate(m.kind(), m.id(), m.name(), m.reason())).toList();
        return new Duplicates(visible, distinct.size() - visible.size());
    }

    private record Match(String kind, UUID id, String name, UUID ownerId, UUID departmentId, String reason) {
    }

    private static Match match(java.sql.ResultSet rs, String reason) throws java.sql.SQLException {
        return new Match(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), reason);
    }

    private static String firstPhone(LeadRow lead) {
        for (String phone : new String[] {lead.mobile(), lead.phone()}) {
            String national = PhoneNumbers.nationalNumber(phone);
            if (national.length() >= 7) {
                return national;
            }
        }
        return null;
    }
}
