package dev.guanxi.sales.internal.forecast;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.values.SalesPeriod;
import java.time.Instant;
import java.util.UUID;

/** A manager's judgement figure (判断数) for a unit and period, with who gave it, when and why. */
public record ForecastOverride(UUID id, SalesUnit unit, SalesPeriod period, Money amount, String note, UUID setBy,
                               String setByName, Instant setAt) {
}
