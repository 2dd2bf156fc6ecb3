package dev.guanxi.planning.internal;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.planning.RepTargets;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RepTargets} through {@link PlanVsActual}, so the report and the targets page agree. */
@Component
class RepTargetFigures implements RepTargets {

    private final PlanVsActual planVsActual;

    RepTargetFigures(PlanVsActual planVsActual) {
        this.planVsActual = planVsActual;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, RepTarget> of(Collection<UUID> repIds, SalesPeriod period, ZoneId zone, VisibilityScope scope) {
        List<SalesUnit.Named> units = repIds.stream().distinct().map(id -> new SalesUnit.Named(SalesUnit.user(id), "")).toList();
        Map<UUID, RepTarget> result = new LinkedHashMap<>();
        for (PlanVsActual.Progress p : planVsActual.progress(period, units, zone, scope)) {
            SalesTarget target = p.target();
            Money goal = target == null || target.revenue() == null ? null : new Money(target.revenue(), target.currency());
            result.put(p.unit().unit().id(), new RepTarget(goal, new Money(p.revenueActual(), p.currency()),
                    goal == null ? null : PlanVsActual.percent(p.revenueActual(), goal.amount()),
                    target == null ? null : target.activities(), p.actual().activities(),
                    p.activitiesPercent()));
        }
        return result;
    }

}
