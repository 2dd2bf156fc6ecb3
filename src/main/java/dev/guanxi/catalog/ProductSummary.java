package dev.guanxi.catalog;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as other modules use it: to price a line of an opportunity, a quote or an order. */
public record ProductSummary(UUID id, String code, String name, String series, String unit, BigDecimal listPrice,
                             String currency, boolean active) {
}
