package dev.guanxi.reporting.internal;

import dev.guanxi.sales.OpportunityMovements.Movement;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The sales summary of one period as one reader sees it: a row per rep in the reader's scope and the
 * totals. Orders and contracts are not in it yet — those modules do not exist.
 *
 * @param targetMonth the month whose targets the results are held against (the month the period starts in)
 */
public record SalesReport(UUID readerId, String readerName, ReportPeriod period, ZoneId zone, SalesPeriod targetMonth,
                          List<Row> rows, Row total) {

    /**
     * One rep, or the total (no owner).
     *
     * @param revenueTarget  per currency; empty without a revenue target
     * @param revenueActual  won in the target month, in the target's currency (the total: per currency)
     * @param revenuePercent actual ÷ target in whole percent; null without a target or across currencies
     */
    public record Row(UUID ownerId, String name, Movement deals, long activitiesDone, long activitiesOverdue,
                      List<Money> revenueTarget, List<Money> revenueActual, Integer revenuePercent,
                      Integer activitiesTarget, long activitiesActual, Integer activitiesPercent) {
    }

    /** Actual ÷ target in whole percent, half up (as the targets page); none without a non-zero target. */
    static Integer percent(BigDecimal actual, BigDecimal target) {
        return dev.guanxi.planning.RepTargets.percent(actual, target);
    }
}
