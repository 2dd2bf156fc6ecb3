package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.DepartmentSummary;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class UserDirectoryService implements UserDirectory {

    private static final String SUMMARY = """
            select u.id, u.name, u.email, u.department_id, d.name as department_name, u.active
            from users u left join departments d on d.id = u.department_id
            """;
    private static final RowMapper<UserSummary> SUMMARY_ROW = (rs, n) -> new UserSummary(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
            rs.getObject("department_id", UUID.class), rs.getString("department_name"), rs.getBoolean("active"));

    private final JdbcClient jdbc;
    private final CurrentUserLoader loader;

    UserDirectoryService(JdbcClient jdbc, CurrentUserLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    @Override
    public Optional<CurrentUser> actor(UUID userId) {
        return userId == null ? Optional.empty() : loader.load(userId);
    }

    @Override
    public List<UserSummary> salesPeopleIn(dev.guanxi.shared.visibility.VisibilityScope scope) {
        String sales = " where u.active and exists (select 1 from user_roles r where r.user_id = u.id"
                + " and r.role in ('sales_rep', 'sales_manager', 'sales_vp'))";
        return switch (scope.reach()) {
            case ALL -> jdbc.sql(SUMMARY + sales + " order by u.name, u.id").query(SUMMARY_ROW).list();
            case DEPARTMENTS -> jdbc.sql(SUMMARY + sales + " and (u.department_id in (:departments) or u.id = :me)"
                            + " order by u.name, u.id")
                    .param("departments", scope.departmentIds()).param("me", scope.userId()).query(SUMMARY_ROW).list();
            case OWN -> jdbc.sql(SUMMARY + " where u.active and u.id = :me").param("me", scope.userId())
                    .query(SUMMARY_ROW).list();
            case NONE -> List.of();
        };
    }

    @Override
    public Optional<UserSummary> find(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return jdbc.sql(SUMMARY + " where u.id = :id").param("id", userId).query(SUMMARY_ROW).optional();
    }

    @Override
    public Map<UUID, UserSummary> findAll(Collection<UUID> userIds) {
        List<UUID> ids = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SUMMARY + " where u.id in (:ids)").param("ids", ids).query(SUMMARY_ROW).list().stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    @Override
    public List<UserSummary> assignableUsers() {
        CurrentUser me = CurrentUser.require();
        if (me.seesEverything()) {
            return jdbc.sql(SUMMARY + " where u.active order by u.name").query(SUMMARY_ROW).list();
        }
        if (me.has(dev.guanxi.identity.Role.SALES_MANAGER) && !me.subtreeDepartmentIds().isEmpty()) {
            return jdbc.sql(SUMMARY + " where u.active and (u.department_id in (:departments) or u.id = :me) order by u.name")
                    .param("departments", me.subtreeDepartmentIds()).param("me", me.id())
                    .query(SUMMARY_ROW).list();
        }
        return find(me.id()).stream().toList();
    }

    @Override
    public List<UserSummary> activeUsers() {
        return jdbc.sql(SUMMARY + " where u.active order by u.name").query(SUMMARY_ROW).list();
    }

    @Override
    public boolean mayAssignTo(UUID userId) {
        CurrentUser me = CurrentUser.require();
        if (userId == null) {
            return me.mayAssign();
        }
        Optional<UserSummary> target = find(userId).filter(UserSummary::active);
        if (target.isEmpty()) {
            return false;
        }
        if (me.seesEverything() || userId.equals(me.id())) {
            return true;
        }
        return me.has(dev.guanxi.identity.Role.SALES_MANAGER)
                && me.subtreeDepartmentIds().contains(target.get().departmentId());
    }

    @Override
    public List<DepartmentSummary> departments() {
        List<Row> rows = jdbc.sql("select id, name, parent_id from departments order by name")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
        Map<UUID, List<Row>> children = new HashMap<>();
        rows.forEach(r -> children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r));
        List<DepartmentSummary> ordered = new ArrayList<>();
        addSubtree(null, 0, children, ordered);
        return ordered;
    }

    @Override
    public Optional<DepartmentSummary> department(UUID departmentId) {
        return departments().stream().filter(d -> d.id().equals(departmentId)).findFirst();
    }

    @Override
    public List<dev.guanxi.identity.TeamSummary> teams() {
        return jdbc.sql("select id, name from teams order by name")
                .query((rs, n) -> new dev.guanxi.identity.TeamSummary(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    @Override
    public List<UserSummary> salesManagersOf(UUID departmentId) {
        if (departmentId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive up (id, parent_id, depth) as (
                            select id, parent_id, 0 from departments where id = :department
                            union all
                            select d.id, d.parent_id, up.depth + 1 from departments d join up on d.id = up.parent_id
                            where up.depth < 50),
                        managers as (
                            select u.id, up.depth from users u
                            join user_roles r on r.user_id = u.id and r.role = 'sales_manager'
                            join up on up.id = u.department_id
                            where u.active)
                        """ + SUMMARY + """
                         where u.id in (select id from managers where depth = (select min(depth) from managers))
                         order by u.name
                        """)
                .param("department", departmentId).query(SUMMARY_ROW).list();
    }

    @Override
    public List<UUID> subtreeOf(UUID departmentId) {
        if (departmentId == null) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive subtree(id) as (
                            select id from departments where id = :root
                            union
                            select d.id from departments d join subtree s on d.parent_id = s.id)
                        select id from subtree
                        """)
                .param("root", departmentId).query(UUID.class).list();
    }

    private static void addSubtree(UUID parent, int depth, Map<UUID, List<Row>> children, List<DepartmentSummary> out) {
        for (Row row : children.getOrDefault(parent, List.of())) {
            out.add(new DepartmentSummary(row.id(), row.name(), row.parentId(), depth));
            addSubtree(row.id(), depth + 1, children, out);
        }
    }

    private record Row(UUID id, String name, UUID parentId) {
    }
}
