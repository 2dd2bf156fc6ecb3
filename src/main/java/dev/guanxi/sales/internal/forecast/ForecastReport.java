package dev.guanxi.sales.internal.forecast;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.DepartmentSummary;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.values.SalesPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast of a period as the forecast page and the report API show it: a line per rep the user may
 * see (also reps with nothing in the period, so a manager sees who has no pipeline), grouped by the
 * rep's department with totals, the company (or team) total, and the judgement figures in force.
 */
@Service
public class ForecastReport {

    private final ForecastQueries queries;
    private final ForecastOverrides overrides;
    private final UserDirectory users;
    private final SalesUnits units;

    ForecastReport(ForecastQueries queries, ForecastOverrides overrides, UserDirectory users, SalesUnits units) {
        this.queries = queries;
        this.overrides = overrides;
        this.users = users;
        this.units = units;
    }

    public record RepLine(UUID ownerId, String ownerName, List<ForecastFigures> figures, ForecastOverride override,
                          boolean mayOverride) {
    }

    public record DepartmentGroup(UUID departmentId, String name, List<RepLine> reps, List<ForecastFigures> totals,
                                  ForecastOverride override, boolean mayOverride) {
    }

    /** The team the report was asked for, with its judgement figure. */
    public record TeamTotal(UUID teamId, String name, ForecastOverride override, boolean mayOverride) {
    }

    public record Forecast(SalesPeriod period, List<DepartmentGroup> departments, List<ForecastFigures> totals,
                           TeamTotal team) {
    }

    @Transactional(readOnly = true)
    public Forecast run(SalesPeriod period, ForecastCriteria criteria) {
        CurrentUser me = CurrentUser.require();
        Map<UUID, List<ForecastFigures>> figures = queries.byOwner(period, criteria, me.scope());
        Map<UUID, UserSummary> reps = reps(criteria, figures.keySet());
        Set<UUID> managedDepartments = new HashSet<>(me.seesEverything()
                ? users.departments().stream().map(DepartmentSummary::id).toList() : me.has(dev.guanxi.identity.Role.SALES_MANAGER)
                ? me.subtreeDepartmentIds() : List.of());
        TeamTotal team = criteria.teamId() == null ? null : team(criteria.teamId());
        List<SalesUnit> subjects = new ArrayList<>();
        reps.keySet().forEach(id -> subjects.add(SalesUnit.user(id)));
        managedDepartments.forEach(id -> subjects.add(SalesUnit.department(id)));
        if (team != null && units.sees(SalesUnit.team(team.teamId()))) {
            subjects.add(SalesUnit.team(team.teamId()));
        }
        Map<SalesUnit, ForecastOverride> inForce = overrides.inForce(period, subjects);
        if (team != null) {
            team = new TeamTotal(team.teamId(), team.name(), inForce.get(SalesUnit.team(team.teamId())),
                    units.manages(SalesUnit.team(team.teamId())));
        }
        List<DepartmentGroup> groups = groups(reps, figures, inForce, managedDepartments, me);
        return new Forecast(period, groups, ForecastFigures.sumAll(groups.stream().map(DepartmentGroup::totals).toList()), team);
    }

    /** The reps to show: everyone in the user's reach who matches the filters, and every owner with figures. */
    private Map<UUID, UserSummary> reps(ForecastCriteria criteria, Set<UUID> owners) {
        Set<UUID> teamMembers = criteria.teamId() == null ? null : new HashSet<>(queries.teamMembers(criteria.teamId()));
        Map<UUID, UserSummary> reps = new LinkedHashMap<>();
        for (UserSummary u : users.assignableUsers()) {
            boolean matches = (criteria.ownerId() == null || criteria.ownerId().equals(u.id()))
                    && (criteria.departmentIds().isEmpty() || criteria.departmentIds().contains(u.departmentId()))
                    && (teamMembers == null || teamMembers.contains(u.id()));
            if (matches && u.departmentId() != null) {
                reps.put(u.id(), u);
            }
        }
        List<UUID> missing = owners.stream().filter(id -> !reps.containsKey(id)).toList();
        reps.putAll(users.findAll(missing));
        return reps;
    }

    private List<DepartmentGroup> groups(Map<UUID, UserSummary> reps, Map<UUID, List<ForecastFigures>> figures,
                                         Map<SalesUnit, ForecastOverride> inForce, Set<UUID> managedDepartments,
                                         CurrentUser me) {
        Map<UUID, List<RepLine>> byDepartment = new LinkedHashMap<>();
        reps.values().stream().sorted(Comparator.comparing(UserSummary::name)).forEach(u -> {
            boolean mayOverride = me.mayAssign() && (me.seesEverything() || u.id().equals(me.id())
                    || managedDepartments.contains(u.departmentId()));
            byDepartment.computeIfAbsent(u.departmentId(), k -> new ArrayList<>()).add(new RepLine(u.id(), u.name(),
                    figures.getOrDefault(u.id(), List.of()), inForce.get(SalesUnit.user(u.id())), mayOverride));
        });
        List<DepartmentGroup> groups = new ArrayList<>();
        for (DepartmentSummary d : users.departments()) {
            Optional.ofNullable(byDepartment.remove(d.id())).ifPresent(lines -> groups.add(group(d.id(), d.name(), lines,
                    inForce, managedDepartments.contains(d.id()) && me.mayAssign())));
        }
        byDepartment.forEach((id, lines) -> groups.add(group(id, null, lines, inForce, false)));
        return groups;
    }

    private static DepartmentGroup group(UUID id, String name, List<RepLine> lines, Map<SalesUnit, ForecastOverride> inForce,
                                         boolean mayOverride) {
        return new DepartmentGroup(id, name, lines, ForecastFigures.sumAll(lines.stream().map(RepLine::figures).toList()),
                id == null ? null : inForce.get(SalesUnit.department(id)), mayOverride);
    }

    private TeamTotal team(UUID teamId) {
        return units.name(SalesUnit.team(teamId)).map(name -> new TeamTotal(teamId, name, null, false))
                .orElse(null);
    }
}
