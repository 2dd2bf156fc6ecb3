package dev.guanxi.activity.internal;

import dev.guanxi.identity.UserMovedToDepartment;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Activities in the global search box and the recycle bin; their visibility follows owners who change department. */
@Component
class ActivityIntegrations implements SearchSource, RecycleBinSource {

    private final ActivityQueries queries;
    private final ActivityEditing editing;
    private final ActivityRepository activities;

    ActivityIntegrations(ActivityQueries queries, ActivityEditing editing, ActivityRepository activities) {
        this.queries = queries;
        this.editing = editing;
        this.activities = activities;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String headingKey() {
        return "nav.activities";
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return queries.search(query, limit, ActivityAccess.scope()).stream()
                .map(row -> new SearchHit("nav.activities", row.id(), row.subject(),
                        Stream.of(row.accountName(), row.contactName(), row.opportunityName(), row.leadName())
                                .filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                        "/activities/" + row.id()))
                .toList();
    }

    @Override
    public String kind() {
        return "activities";
    }

    @Override
    public List<DeletedRecord> deleted(int limit) {
        return queries.deleted(ActivityAccess.scope(), limit).stream()
                .map(row -> new DeletedRecord(row.id(), row.subject(), row.updatedAt(), row.ownerName() == null ? "" : row.ownerName()))
                .toList();
    }

    @Override
    public void restore(UUID id) {
        editing.restore(id);
    }

    @EventListener
    void on(UserMovedToDepartment event) {
        activities.moveOwnedActivities(event.userId(), event.departmentId());
    }
}
