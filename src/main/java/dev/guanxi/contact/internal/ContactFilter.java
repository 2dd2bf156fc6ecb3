package dev.guanxi.contact.internal;

import java.util.List;
import java.util.UUID;

/** The filters of the contact list ({@code /contacts}, {@code /api/v1/contacts}). */
public record ContactFilter(String q, UUID accountId, DecisionRole decisionRole, Boolean keyDecisionMaker,
                            UUID ownerId, List<UUID> departmentIds) {

    public ContactFilter {
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
    }

    public static ContactFilter ofAccount(UUID accountId) {
        return new ContactFilter(null, accountId, null, null, null, List.of());
    }
}
