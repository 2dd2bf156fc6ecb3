package dev.guanxi.contact;

import java.util.UUID;

/** A contact as other modules show it. */
public record ContactSummary(UUID id, String name, String title, UUID accountId, String accountName, UUID ownerId) {
}
