package dev.guanxi.sales;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leads for other modules (activities link to them), under the current user's visibility. */
public interface Leads {

    Optional<LeadSummary> findReadableLead(UUID leadId);

    Map<UUID, LeadSummary> findReadableLeads(Collection<UUID> leadIds);
}
