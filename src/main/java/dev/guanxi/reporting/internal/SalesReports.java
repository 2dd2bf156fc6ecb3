package dev.guanxi.reporting.internal;

import dev.guanxi.activity.ActivityFigures;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.planning.RepTargets;
import dev.guanxi.sales.OpportunityMovements;
import dev.guanxi.sales.OpportunityMovements.Movement;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the sales summary for a reader and a period, always in the reader's scope and time zone —
 * the page, the API and the scheduled mail all come through here, so they show the same numbers. The
 * figures come from the modules that own them: deal movements from sales, done and overdue activities
 * from the activity analysis, plan against actual from the sales plans.
 */
@Service
public class SalesReports {

    private final UserDirectory users;
    private final OpportunityMovements deals;
    private final ActivityFigures activities;
    private final RepTargets targets;

    SalesReports(UserDirectory users, OpportunityMovements deals, ActivityFigures activities, RepTargets targets) {
        this.users = users;
        this.deals = deals;
        this.activities = activities;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public SalesReport build(CurrentUser reader, ReportPeriod period) {
        VisibilityScope scope = reader.scope();
        ZoneId zone = zoneOf(reader);
        Map<UUID, Movement> moved = deals.byOwner(period.start(), period.end(), zone, scope);
        Map<UUID, ActivityFigures.DoneAndOverdue> done = activities.byOwner(period.start(), period.end(), zone, scope);
        Map<UUID, String> people = people(scope, Stream.concat(moved.keySet().stream(), done.keySet().stream()).toList());
        SalesPeriod month = period.targetMonth();
        Map<UUID, RepTargets.RepTarget> plans = targets.of(people.keySet(), month, zone, scope);
        List<SalesReport.Row> rows = new ArrayList<>();
        people.forEach((id, name) -> rows.add(row(id, name, moved.getOrDefault(id, Movement.NONE),
                done.getOrDefault(id, new ActivityFigures.DoneAndOverdue(0, 0)), plans.get(id))));
        return new SalesReport(reader.id(), reader.name(), period, zone, month, rows, total(rows));
    }

    /** The reader's time zone decides where days begin; an unknown zone falls back to the company's. */
    public static ZoneId zoneOf(CurrentUser reader) {
        try {
            return ZoneId.of(reader.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    /** Sales people in scope, plus anyone else (a former colleague, say) who has figures in it; by name. */
    private Map<UUID, String> people(VisibilityScope scope, List<UUID> withFigures) {
        List<UserSummary> found = new ArrayList<>(users.salesPeopleIn(scope));
        List<UUID> missing = withFigures.stream().filter(Objects::nonNull)
                .filter(id -> found.stream().noneMatch(u -> u.id().equals(id))).distinct().toList();
        found.addAll(users.findAll(missing).values());
        found.sort(Comparator.comparing(UserSummary::name).thenComparing(UserSummary::id));
        Map<UUID, String> result = new LinkedHashMap<>();
        found.forEach(u -> result.put(u.id(), u.name()));
        return result;
    }

    private static SalesReport.Row row(UUID id, String name, Movement moved, ActivityFigures.DoneAndOverdue done,
                                       RepTargets.RepTarget plan) {
        if (plan == null) {
            return new SalesReport.Row(id, name, moved, done.done(), done.overdue(), List.of(), List.of(), null, null, 0, null);
        }
        return new SalesReport.Row(id, name, moved, done.done(), done.overdue(),
                plan.revenueTarget() == null ? List.of() : List.of(plan.revenueTarget()),
                plan.revenueActual().amount().signum() == 0 && plan.revenueTarget() == null ? List.of() : List.of(plan.revenueActual()),
                plan.revenuePercent(), plan.activitiesTarget(), plan.activitiesActual(), plan.activitiesPercent());
    }

    /** Totals add the rows; a percentage only where the targets are in one currency. */
    private static SalesReport.Row total(List<SalesReport.Row> rows) {
        Movement moved = rows.stream().map(SalesReport.Row::deals).reduce(Movement.NONE, Movement::plus);
        List<Money> target = Money.sum(rows.stream().flatMap(r -> r.revenueTarget().stream()).toList());
        List<Money> actual = Money.sum(rows.stream().flatMap(r -> r.revenueActual().stream()).toList());
        Integer revenuePercent = null;
        if (target.size() == 1) {
            BigDecimal won = actual.stream().filter(m -> m.currency().equals(target.get(0).currency())).map(Money::amount)
                    .findFirst().orElse(BigDecimal.ZERO);
            revenuePercent = SalesReport.percent(won, target.get(0).amount());
        }
        boolean anyActivityTarget = rows.stream().anyMatch(r -> r.activitiesTarget() != null);
        Integer activityTarget = anyActivityTarget
                ? rows.stream().map(SalesReport.Row::activitiesTarget).filter(Objects::nonNull).mapToInt(Integer::intValue).sum() : null;
        long activitiesActual = rows.stream().mapToLong(SalesReport.Row::activitiesActual).sum();
        return new SalesReport.Row(null, null, moved, rows.stream().mapToLong(SalesReport.Row::activitiesDone).sum(),
                rows.stream().mapToLong(SalesReport.Row::activitiesOverdue).sum(), target, actual, revenuePercent,
                activityTarget, activitiesActual,
                activityTarget == null ? null : SalesReport.percent(BigDecimal.valueOf(activitiesActual), BigDecimal.valueOf(activityTarget)));
    }
}
