package dev.guanxi.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Adds entries to an account's timeline (contacts added now; activities, opportunities, orders and
 * cases as those modules arrive). Implementations return what the current user may see.
 */
public interface TimelineContributor {

    List<TimelineEntry> entriesFor(UUID accountId, int limit);

    /**
     * @param icon  a Bootstrap Icons name
     * @param textKey message key with arguments, e.g. "timeline.contact-added" with the contact's name
     * @param url   where the entry leads, or null
     */
    record TimelineEntry(Instant at, String icon, String textKey, List<Object> arguments, String actorName, String url) {
    }
}
