package dev.guanxi.sales;

import java.util.UUID;

/** An opportunity moved from one stage to another (forwards or backwards), or was closed. */
public record OpportunityStageChanged(UUID opportunityId, UUID accountId, String fromStage, String toStage,
                                      String status) {
}
