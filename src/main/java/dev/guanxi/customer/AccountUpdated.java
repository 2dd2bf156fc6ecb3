package dev.guanxi.customer;

import java.util.UUID;

/** An account's fields were edited, published in that transaction. */
public record AccountUpdated(UUID accountId, String name, UUID ownerId) {
}
