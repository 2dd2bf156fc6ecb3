package dev.guanxi.sales;

import dev.guanxi.customer.TimelineContributor.TimelineEntry;
import java.util.List;
import java.util.UUID;

/**
 * Adds entries to the timeline of an opportunity or a lead page (activities as that module arrives).
 * Implementations return only what the current user may see.
 */
public interface RecordTimeline {

    enum Kind { OPPORTUNITY, LEAD }

    List<TimelineEntry> entriesFor(Kind kind, UUID recordId, int limit);
}
