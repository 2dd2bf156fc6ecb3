package dev.guanxi.sales;

import java.util.UUID;

/** A lead was converted; the opportunity is null when none was opened. Published in the conversion's transaction. */
public record LeadConverted(UUID leadId, UUID accountId, UUID contactId, UUID opportunityId) {
}
