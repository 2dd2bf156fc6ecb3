package dev.guanxi.customer;

import java.util.UUID;

/** A new account was created (by a user, an API client or a lead conversion), published in that transaction. */
public record AccountCreated(UUID accountId, String name, UUID ownerId) {
}
