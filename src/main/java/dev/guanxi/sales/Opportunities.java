package dev.guanxi.sales;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Opportunities for other modules (activities link to them), under the current user's visibility. */
public interface Opportunities {

    Optional<OpportunitySummary> findReadable(UUID opportunityId);

    Map<UUID, OpportunitySummary> findReadable(Collection<UUID> opportunityIds);

    /** Something was done on the deal (a call, a meeting): the alarms count idle days from the latest. */
    void activityHappened(UUID opportunityId, Instant at);
}
