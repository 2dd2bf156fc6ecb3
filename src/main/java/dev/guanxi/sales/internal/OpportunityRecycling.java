package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting moves an opportunity to the recycle bin; restoring brings it back with its stage history. */
@Service
public class OpportunityRecycling implements RecycleBinSource {

    private final OpportunityAccess access;
    private final OpportunityRepository opportunities;
    private final OpportunityQueries queries;
    private final UserDirectory users;

    OpportunityRecycling(OpportunityAccess access, OpportunityRepository opportunities, OpportunityQueries queries,
                         UserDirectory users) {
        this.access = access;
        this.opportunities = opportunities;
        this.queries = queries;
        this.users = users;
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Opportunity opportunity = access.editable(id);
        opportunity.requireVersion(expectedVersion);
        opportunity.markDeleted(CurrentUser.require().id());
        opportunities.saveAndFlush(opportunity);
    }

    @Override
    @Transactional
    public void restore(UUID id) {
        Opportunity opportunity = access.deletedReadable(id);
        access.requireEditable(opportunity);
        opportunity.restore();
        opportunities.saveAndFlush(opportunity);
    }

    @Override
    public String kind() {
        return "opportunities";
    }

    @Override
    public String headingKey() {
        return "nav.opportunities";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<DeletedRecord> deleted(int limit) {
        List<OpportunityRow> rows = queries.deleted(OpportunityAccess.scope(), limit);
        Map<UUID, UserSummary> deleters = users.findAll(rows.stream().map(OpportunityRow::createdBy).toList());
        return rows.stream().map(row -> new DeletedRecord(row.id(), row.name(), row.deletedAt(),
                deleters.containsKey(row.createdBy()) ? deleters.get(row.createdBy()).name() : "")).toList();
    }
}
