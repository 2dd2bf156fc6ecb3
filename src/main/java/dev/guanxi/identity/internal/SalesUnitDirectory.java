package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.DepartmentSummary;
import dev.guanxi.identity.Role;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.identity.TeamSummary;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link SalesUnits} over users, teams and the department tree, decided afresh for the current user. */
@Service
class SalesUnitDirectory implements SalesUnits {

    private final UserDirectory users;
    private final JdbcClient jdbc;

    SalesUnitDirectory(UserDirectory users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public boolean manages(SalesUnit unit) {
        CurrentUser me = CurrentUser.require();
        if (!me.mayAssign() || name(unit).isEmpty()) {
            return false;
        }
        if (me.seesEverything()) {
            return true;
        }
        if (!me.has(Role.SALES_MANAGER)) {
            return false;
        }
        List<UUID> reach = me.subtreeDepartmentIds();
        return switch (unit.type()) {
            case USER -> unit.id().equals(me.id())
                    || users.find(unit.id()).map(u -> reach.contains(u.departmentId())).orElse(false);
            case DEPARTMENT -> reach.contains(unit.id());
            case TEAM -> {
                List<UserSummary> members = teamMembers(unit.id(), false);
                yield !members.isEmpty() && members.stream().allMatch(u -> u.id().equals(me.id())
                        || reach.contains(u.departmentId()));
            }
        };
    }

    @Override
    public boolean sees(SalesUnit unit) {
        CurrentUser me = CurrentUser.require();
        return unit.type() == SalesUnit.Type.USER && unit.id().equals(me.id()) || manages(unit);
    }

    @Override
    public List<UserSummary> members(SalesUnit unit) {
        return switch (unit.type()) {
            case USER -> users.find(unit.id()).filter(UserSummary::active).stream().toList();
            case TEAM -> teamMembers(unit.id(), true);
            case DEPARTMENT -> {
                List<UUID> subtree = users.subtreeOf(unit.id());
                yield users.activeUsers().stream().filter(u -> u.departmentId() != null && subtree.contains(u.departmentId()))
                        .toList();
            }
        };
    }

    @Override
    public Map<SalesUnit, List<UserSummary>> members(Collection<SalesUnit> units) {
        List<UserSummary> active = users.activeUsers();
        Map<UUID, UserSummary> byId = new HashMap<>();
        active.forEach(u -> byId.put(u.id(), u));
        Map<UUID, List<UUID>> children = new HashMap<>();
        users.departments().forEach(d -> children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d.id()));
        List<UUID> teamIds = units.stream().filter(u -> u.type() == SalesUnit.Type.TEAM).map(SalesUnit::id).distinct().toList();
        Map<UUID, List<UUID>> teams = new HashMap<>();
        if (!teamIds.isEmpty()) {
            jdbc.sql("select team_id, user_id from team_members where team_id in (:teams)").param("teams", teamIds)
                    .query(rs -> {
                        teams.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                    });
        }
        Map<SalesUnit, List<UserSummary>> result = new LinkedHashMap<>();
        for (SalesUnit unit : units) {
            result.put(unit, switch (unit.type()) {
                case USER -> Optional.ofNullable(byId.get(unit.id())).stream().toList();
                case TEAM -> teams.getOrDefault(unit.id(), List.of()).stream().map(byId::get).filter(Objects::nonNull).toList();
                case DEPARTMENT -> {
                    Set<UUID> subtree = new HashSet<>();
                    collect(unit.id(), children, subtree);
                    yield active.stream().filter(u -> u.departmentId() != null && subtree.contains(u.departmentId())).toList();
                }
            });
        }
        return result;
    }

    private static void collect(UUID department, Map<UUID, List<UUID>> children, Set<UUID> into) {
        if (into.add(department)) {
            children.getOrDefault(department, List.of()).forEach(child -> collect(child, children, into));
        }
    }

    @Override
    public List<SalesUnit.Named> managed() {
        CurrentUser me = CurrentUser.require();
        if (!me.mayAssign()) {
            return List.of();
        }
        List<SalesUnit.Named> units = new ArrayList<>();
        users.assignableUsers().forEach(u -> units.add(new SalesUnit.Named(SalesUnit.user(u.id()), u.name())));
        for (DepartmentSummary d : users.departments()) {
            if (me.seesEverything() || me.subtreeDepartmentIds().contains(d.id())) {
                units.add(new SalesUnit.Named(SalesUnit.department(d.id()), d.name()));
            }
        }
        for (TeamSummary t : users.teams()) {
            if (manages(SalesUnit.team(t.id()))) {
                units.add(new SalesUnit.Named(SalesUnit.team(t.id()), t.name()));
            }
        }
        return units;
    }

    @Override
    public Optional<String> name(SalesUnit unit) {
        return switch (unit.type()) {
            case USER -> users.find(unit.id()).map(UserSummary::name);
            case DEPARTMENT -> users.department(unit.id()).map(DepartmentSummary::name);
            case TEAM -> jdbc.sql("select name from teams where id = :id").param("id", unit.id()).query(String.class).optional();
        };
    }

    private List<UserSummary> teamMembers(UUID teamId, boolean activeOnly) {
        List<UUID> ids = jdbc.sql("select user_id from team_members where team_id = :team").param("team", teamId)
                .query(UUID.class).list();
        return users.findAll(ids).values().stream().filter(u -> !activeOnly || u.active())
                .sorted(java.util.Comparator.comparing(UserSummary::name)).toList();
    }
}
