package dev.guanxi.customer;

import java.util.UUID;

/** An account as other modules show it: its name, and who owns it. */
public record AccountSummary(UUID id, String name, UUID ownerId, UUID departmentId) {
}
