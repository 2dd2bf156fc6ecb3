package dev.guanxi.customer.internal;

import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The account's own events on its timeline: when it was created, and relations added to it. */
@Component
class AccountTimeline implements TimelineContributor {

    private final AccountQueries queries;
    private final AccountRelations relations;
    private final UserDirectory users;

    AccountTimeline(AccountQueries queries, AccountRelations relations, UserDirectory users) {
        this.queries = queries;
        this.relations = relations;
        this.users = users;
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID accountId, int limit) {
        AccountRow account = queries.findReadable(accountId, AccountAccess.scope(), false).orElse(null);
        if (account == null) {
            return List.of();
        }
        Map<UUID, UserSummary> creators = users.findAll(List.of(account.createdBy() == null ? accountId : account.createdBy()));
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(account.createdAt(), "building-add", "timeline.account-created", List.of(account.name()),
                creators.containsKey(account.createdBy()) ? creators.get(account.createdBy()).name() : null, null));
        relations.of(accountId).stream().limit(limit).forEach(r -> entries.add(new TimelineEntry(r.createdAt(), "link-45deg",
                "timeline.relation-added", List.of(r.otherAccountName()), null, "/accounts/" + r.otherAccountId())));
        return entries;
    }
}
