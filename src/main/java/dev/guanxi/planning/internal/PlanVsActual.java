package dev.guanxi.planning.internal;

import dev.guanxi.activity.ActivityStatistics;
import dev.guanxi.customer.AccountStatistics;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.SalesUnits;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.sales.SalesResults;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan against actual for a period: each unit's target beside what its people achieved — revenue won
 * (deals closed won in the period), new customers (accounts they gained in it) and activities done in
 * it — with the share of the target reached. A team or department achieved what its active members
 * did. Revenue counts only in the target's currency (amounts are never converted); won amounts in other
 * currencies are listed beside it. Moments fall into the period in the given time zone.
 */
@Service
public class PlanVsActual {

    private final TargetStore targets;
    private final SalesUnits units;
    private final SalesResults sales;
    private final AccountStatistics accounts;
    private final ActivityStatistics activities;

    PlanVsActual(TargetStore targets, SalesUnits units, SalesResults sales, AccountStatistics accounts,
                 ActivityStatistics activities) {
        this.targets = targets;
        this.units = units;
        this.sales = sales;
        this.accounts = accounts;
        this.activities = activities;
    }

    /** What a unit achieved in the period. */
    public record Actual(List<Money> revenue, long newCustomers, long activities) {

        /** The revenue in one currency (zero when nothing was won in it). */
        public BigDecimal revenueIn(String currency) {
            return revenue.stream().filter(m -> m.currency().equals(currency)).map(Money::amount).findFirst()
                    .orElse(BigDecimal.ZERO.setScale(2));
        }
    }

    public record Progress(SalesUnit.Named unit, SalesPeriod period, SalesTarget target, Actual actual) {

        public String currency() {
            return target != null ? target.currency() : actual.revenue().isEmpty() ? "CNY" : actual.revenue().get(0).currency();
        }

        public BigDecimal revenueActual() {
            return actual.revenueIn(currency());
        }

        /** Won amounts in currencies other than the target's. */
        public List<Money> otherRevenue() {
            return actual.revenue().stream().filter(m -> !m.currency().equals(currency())).toList();
        }

        public Integer revenuePercent() {
            return target == null ? null : percent(revenueActual(), target.revenue());
        }

        public Integer newCustomersPercent() {
            return target == null || target.newCustomers() == null ? null
                    : percent(BigDecimal.valueOf(actual.newCustomers()), BigDecimal.valueOf(target.newCustomers()));
        }

        public Integer activitiesPercent() {
            return target == null || target.activities() == null ? null
                    : percent(BigDecimal.valueOf(actual.activities()), BigDecimal.valueOf(target.activities()));
        }
    }

    /** Actual ÷ target in whole percent, half up; none without a (non-zero) target. */
    public static Integer percent(BigDecimal actual, BigDecimal target) {
        return dev.guanxi.planning.RepTargets.percent(actual, target);
    }

    /** Progress of the given units (the caller passes units the user may see), in their order. */
    @Transactional(readOnly = true)
    public List<Progress> progress(SalesPeriod period, List<SalesUnit.Named> named, ZoneId zone) {
        return progress(period, named, zone, CurrentUser.require().scope());
    }

    /** {@link #progress(SalesPeriod, List, ZoneId)} counted within a given scope (a report for someone else). */
    @Transactional(readOnly = true)
    public List<Progress> progress(SalesPeriod period, List<SalesUnit.Named> named, ZoneId zone, VisibilityScope scope) {
        List<SalesUnit> list = named.stream().map(SalesUnit.Named::unit).toList();
        Map<SalesUnit, SalesTarget> set = targets.find(period, list);
        Map<SalesUnit, List<UserSummary>> members = units.members(list);
        Set<UUID> people = new HashSet<>();
        members.values().forEach(m -> m.forEach(u -> people.add(u.id())));
        Instant from = period.startsAt(zone);
        Instant to = period.endsBefore(zone);
        Map<UUID, List<Money>> won = sales.wonByOwner(people, period.start(), period.end(), scope);
        Map<UUID, Long> newAccounts = accounts.newAccountsByOwner(people, from, to, scope);
        Map<UUID, Long> done = activities.completedByOwner(people, from, to, scope);
        List<Progress> result = new ArrayList<>();
        for (SalesUnit.Named unit : named) {
            List<UUID> ids = members.getOrDefault(unit.unit(), List.of()).stream().map(UserSummary::id).toList();
            result.add(new Progress(unit, period, set.get(unit.unit()), new Actual(
                    Money.sum(ids.stream().flatMap(id -> won.getOrDefault(id, List.of()).stream()).toList()),
                    sum(ids, newAccounts), sum(ids, done))));
        }
        return result;
    }

    private static long sum(Collection<UUID> ids, Map<UUID, Long> counts) {
        return ids.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
    }
}
