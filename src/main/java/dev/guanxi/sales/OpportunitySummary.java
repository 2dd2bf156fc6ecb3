package dev.guanxi.sales;

import java.util.UUID;

/** An opportunity as other modules show it. */
public record OpportunitySummary(UUID id, String name, UUID accountId, String status, UUID ownerId) {
}
