package dev.guanxi.sales.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Filters of the opportunity list, the board and the reports. */
public record OpportunityFilter(String q, UUID accountId, UUID processId, UUID stageId, OpportunityStatus status,
                                UUID ownerId, List<UUID> departmentIds, LocalDate closingFrom, LocalDate closingTo,
                                UUID teamId) {

    public OpportunityFilter {
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
    }

    public OpportunityFilter(String q, UUID accountId, UUID processId, UUID stageId, OpportunityStatus status,
                             UUID ownerId, List<UUID> departmentIds, LocalDate closingFrom, LocalDate closingTo) {
        this(q, accountId, processId, stageId, status, ownerId, departmentIds, closingFrom, closingTo, null);
    }

    public static OpportunityFilter ofAccount(UUID accountId) {
        return new OpportunityFilter(null, accountId, null, null, null, null, List.of(), null, null);
    }
}
