package dev.guanxi.activity;

import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Counts of activities for sales plans; only activities within the given visibility count. */
public interface ActivityStatistics {

    /** Per owner, the activities done (status done) that ended in {@code [from, to)}. */
    Map<UUID, Long> completedByOwner(Collection<UUID> ownerIds, Instant from, Instant to, VisibilityScope scope);
}
