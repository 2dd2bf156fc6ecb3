package dev.guanxi.customer;

import java.util.List;
import java.util.UUID;

/**
 * Accounts changed hands (reassigned, claimed from the pool, released to it). Contacts that belonged
 * to the previous owner follow the account.
 */
public record AccountsReassigned(List<Reassignment> reassignments) {

    public record Reassignment(UUID accountId, UUID previousOwnerId, UUID newOwnerId, UUID newDepartmentId) {
    }
}
