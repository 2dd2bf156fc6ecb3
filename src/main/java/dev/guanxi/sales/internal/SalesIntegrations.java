package dev.guanxi.sales.internal;

import dev.guanxi.customer.AccountPanel;
import dev.guanxi.customer.Accounts;
import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.identity.UserMovedToDepartment;
import dev.guanxi.shared.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where opportunities show up outside their own pages: the account's 360° page (a panel and timeline
 * entries) and — when an owner changes department — the visibility of their deals.
 */
@Component
class SalesIntegrations implements AccountPanel, TimelineContributor {

    private final OpportunityQueries queries;
    private final OpportunityRepository opportunities;
    private final Accounts accounts;

    SalesIntegrations(OpportunityQueries queries, OpportunityRepository opportunities, Accounts accounts) {
        this.queries = queries;
        this.opportunities = opportunities;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Panel> render(UUID accountId) {
        var rows = queries.list(OpportunityFilter.ofAccount(accountId),
                PageRequest.of(50, null, OpportunityQueries.DEFAULT_SORT), OpportunityAccess.scope()).items();
        return Optional.of(new Panel("opportunities", "nav.opportunities", "sales/partials/account-panel :: panel",
                Map.of("opportunities", rows, "accountId", accountId, "mayAdd", accounts.mayEdit(accountId)), rows.size()));
    }

    @Override
    public List<TimelineEntry> entriesFor(UUID accountId, int limit) {
        var rows = queries.list(OpportunityFilter.ofAccount(accountId),
                PageRequest.of(Math.min(limit, 50), null, OpportunityQueries.DEFAULT_SORT), OpportunityAccess.scope()).items();
        java.util.List<TimelineEntry> entries = new java.util.ArrayList<>();
        for (OpportunityRow row : rows) {
            entries.add(new TimelineEntry(row.createdAt(), "graph-up-arrow", "timeline.opportunity-created",
                    List.of(row.name()), row.ownerName(), "/opportunities/" + row.id()));
            if (!"open".equals(row.status()) && row.closeDate() != null) {
                entries.add(new TimelineEntry(row.updatedAt(), "won".equals(row.status()) ? "trophy" : "x-octagon",
                        "timeline.opportunity-" + row.status(), List.of(row.name()), row.ownerName(),
                        "/opportunities/" + row.id()));
            }
        }
        return entries;
    }

    @EventListener
    void on(UserMovedToDepartment event) {
        opportunities.moveOwnedOpportunities(event.userId(), event.departmentId());
    }
}
