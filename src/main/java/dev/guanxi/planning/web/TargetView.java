package dev.guanxi.planning.web;

import dev.guanxi.planning.internal.PlanVsActual;
import java.util.List;
import java.util.UUID;

/** A target with what was achieved, in the API: money as decimal strings beside the currency. */
record TargetView(String type, UUID unitId, String name, String period, String revenue, String currency,
                  Integer newCustomers, Integer activities, Actual actual, Progress progress) {

    record Amount(String amount, String currency) {
    }

    record Actual(String revenue, List<Amount> otherRevenue, long newCustomers, long activities) {
    }

    record Progress(Integer revenuePercent, Integer newCustomersPercent, Integer activitiesPercent) {
    }

    static TargetView of(PlanVsActual.Progress p) {
        var t = p.target();
        return new TargetView(p.unit().unit().type().code(), p.unit().unit().id(), p.unit().name(), p.period().code(),
                t == null || t.revenue() == null ? null : t.revenue().toPlainString(), p.currency(),
                t == null ? null : t.newCustomers(), t == null ? null : t.activities(),
                new Actual(p.revenueActual().toPlainString(),
                        p.otherRevenue().stream().map(m -> new Amount(m.amountText(), m.currency())).toList(),
                        p.actual().newCustomers(), p.actual().activities()),
                new Progress(p.revenuePercent(), p.newCustomersPercent(), p.activitiesPercent()));
    }
}
