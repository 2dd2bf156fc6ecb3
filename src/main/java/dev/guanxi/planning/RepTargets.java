package dev.guanxi.planning;

import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Plan against actual of single reps for other modules (the scheduled sales reports): the same figures
 * as {@code /targets}, counted within the given visibility instead of the signed-in user's.
 */
public interface RepTargets {

    /** Per rep (active users only), their target of the period, if any, beside what they achieved. */
    Map<UUID, RepTarget> of(Collection<UUID> repIds, SalesPeriod period, ZoneId zone, VisibilityScope scope);

    /** Actual ÷ target in whole percent, half up, as on the targets page; none without a non-zero target. */
    static Integer percent(BigDecimal actual, BigDecimal target) {
        if (target == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * @param revenueTarget  null without a revenue target
     * @param revenueActual  won in the period in the target's currency (CNY without a target)
     * @param revenuePercent actual ÷ target in whole percent, null without a target
     */
    record RepTarget(Money revenueTarget, Money revenueActual, Integer revenuePercent, Integer activitiesTarget,
                     long activitiesActual, Integer activitiesPercent) {

        public BigDecimal revenueTargetAmount() {
            return revenueTarget == null ? null : revenueTarget.amount();
        }
    }
}
