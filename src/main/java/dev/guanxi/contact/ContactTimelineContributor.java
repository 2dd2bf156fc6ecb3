package dev.guanxi.contact;

import dev.guanxi.customer.TimelineContributor.TimelineEntry;
import java.util.List;
import java.util.UUID;

/** Adds entries to a contact's timeline (activities with the person). Implementations return what the user may see. */
public interface ContactTimelineContributor {

    List<TimelineEntry> entriesForContact(UUID contactId, int limit);
}
