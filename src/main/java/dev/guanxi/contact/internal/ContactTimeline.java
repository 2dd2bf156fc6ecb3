package dev.guanxi.contact.internal;

import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** "Contact added" entries on the account timeline. */
@Component
class ContactTimeline implements TimelineContributor {

    private final ContactQueries queries;
    private final UserDirectory users;

    ContactTimeline(ContactQueries queries, UserDirectory users) {
        this.queries = queries;
        this.users = users;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID accountId, int limit) {
        List<ContactRow> contacts = queries.ofAccounts(List.of(accountId), ContactAccess.scope(), limit);
        Map<UUID, UserSummary> creators = users.findAll(contacts.stream().map(ContactRow::createdBy).toList());
        return contacts.stream().map(c -> new TimelineEntry(c.createdAt(), "person-plus", "timeline.contact-added",
                List.of(c.name()), creators.containsKey(c.createdBy()) ? creators.get(c.createdBy()).name() : null,
                "/contacts/" + c.id())).toList();
    }
}
