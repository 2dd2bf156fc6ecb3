package dev.guanxi.activity.internal;

import dev.guanxi.contact.ContactTimelineContributor;
import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.sales.RecordTimeline;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Activities on the timelines of the records they are about: account, contact, opportunity and lead
 * pages show what was done and what is planned, with the result.
 */
@Component
class ActivityTimelines implements TimelineContributor, ContactTimelineContributor, RecordTimeline {

    private final ActivityQueries queries;

    ActivityTimelines(ActivityQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID accountId, int limit) {
        return entries("account_id", accountId, limit);
    }

    @Override
    public List<TimelineEntry> entriesForContact(UUID contactId, int limit) {
        return entries("contact_id", contactId, limit);
    }

    @Override
    public List<TimelineEntry> entriesFor(Kind kind, UUID recordId, int limit) {
        return entries(kind == Kind.OPPORTUNITY ? "opportunity_id" : "lead_id", recordId, limit);
    }

    private List<TimelineEntry> entries(String column, UUID recordId, int limit) {
        return queries.about(column, recordId, limit, ActivityAccess.scope()).stream().map(ActivityTimelines::entry).toList();
    }

    private static TimelineEntry entry(ActivityRow row) {
        Instant at = row.actualStart() != null ? row.actualStart() : row.plannedStart() != null ? row.plannedStart() : row.createdAt();
        String key = "done".equals(row.status()) ? "timeline.activity-done" : "timeline.activity-" + row.shownStatus();
        return new TimelineEntry(at, ActivityTypeIcons.of(row.type()), key,
                List.of(row.subject(), row.result() == null ? "" : row.result()), row.ownerName(), "/activities/" + row.id());
    }
}
