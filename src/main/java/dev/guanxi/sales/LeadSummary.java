package dev.guanxi.sales;

import java.util.UUID;

/** A lead as other modules show it. */
public record LeadSummary(UUID id, String name, String company, String status, UUID ownerId) {
}
