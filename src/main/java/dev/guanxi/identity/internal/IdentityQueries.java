package dev.guanxi.identity.internal;

import dev.guanxi.identity.Role;
import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.sql.Where;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of users for the admin pages and the API: keyset pages, filters, and no query per row. */
@Component
public class IdentityQueries {

    public static final List<SortField> USER_SORTS = List.of(
            new SortField("name", "u.name", SortField.ValueType.TEXT),
            new SortField("email", "lower(u.email)", SortField.ValueType.TEXT),
            new SortField("createdAt", "u.created_at", SortField.ValueType.TIMESTAMP));

    private final JdbcClient jdbc;
    private final UserRepository users;

    IdentityQueries(JdbcClient jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public record UserFilter(String q, UUID departmentId, Role role, Boolean active) {
    }

    @Transactional(readOnly = true)
    public Slice<User> users(UserFilter filter, PageRequest page) {
        Where where = new Where();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.addIf(true, "(lower(u.name) like :q or lower(u.email) like :q)", "q",
                    "%" + dev.guanxi.shared.search.SearchQuery.escapeLike(filter.q().strip().toLowerCase()) + "%");
        }
        where.addIf(filter.departmentId() != null, "u.department_id = :department", "department", filter.departmentId());
        where.addIf(filter.role() != null, "exists (select 1 from user_roles r where r.user_id = u.id and r.role = :role)",
                "role", filter.role() == null ? null : filter.role().code());
        where.addIf(filter.active() != null, "u.active = :active", "active", filter.active());
        where.add(Keyset.after(page, "u"));
        String sql = "select u.id, " + page.sort().field().sqlExpression() + " as sort_value from users u where "
                + where.sql() + " order by " + page.sort().orderBy("u") + " limit :limit";
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql)).param("limit", page.limit() + 1);
        List<IdAndSort> rows = statement.query((rs, n) -> new IdAndSort(rs.getObject(1, UUID.class), rs.getObject(2))).list();
        Map<UUID, User> loaded = new HashMap<>();
        users.findAllById(rows.stream().map(IdAndSort::id).toList()).forEach(u -> loaded.put(u.getId(), u));
        List<User> ordered = rows.stream().map(r -> loaded.get(r.id())).toList();
        Map<UUID, Object> sortValues = new HashMap<>();
        rows.forEach(r -> sortValues.put(r.id(), r.sortValue()));
        return Keyset.slice(ordered, page, u -> sortValues.get(u.getId()), User::getId);
    }

    private record IdAndSort(UUID id, Object sortValue) {
    }
}
