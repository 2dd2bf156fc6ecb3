package dev.guanxi.planning.internal;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.shared.values.SalesPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The plan of one rep, team or department for a period; any of the three figures may be left open (null). */
public record SalesTarget(UUID id, SalesUnit unit, SalesPeriod period, BigDecimal revenue, String currency,
                          Integer newCustomers, Integer activities, long version, Instant updatedAt) {
}
