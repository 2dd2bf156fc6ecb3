package dev.guanxi.sales.internal;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserMovedToDepartment;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Leads in the global search box and the recycle bin; their visibility follows owners who change department. */
@Component
class LeadIntegrations implements SearchSource, RecycleBinSource {

    private final LeadQueries queries;
    private final LeadEditing editing;
    private final LeadRepository leads;
    private final JdbcClient jdbc;
    private final UserDirectory users;

    LeadIntegrations(LeadQueries queries, LeadEditing editing, LeadRepository leads, JdbcClient jdbc, UserDirectory users) {
        this.queries = queries;
        this.editing = editing;
        this.leads = leads;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String headingKey() {
        return "nav.leads";
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return queries.search(query, limit, LeadAccess.scope()).stream()
                .map(row -> new SearchHit("nav.leads", row.id(), row.name(),
                        Stream.of(row.company(), row.mobile() != null ? row.mobile() : row.phone(), row.email())
                                .filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                        "/leads/" + row.id()))
                .toList();
    }

    @Override
    public String kind() {
        return "leads";
    }

    @Override
    public List<DeletedRecord> deleted(int limit) {
        var scope = LeadAccess.scope().readableSql("l");
        String sql = "select l.id, l.name, l.deleted_at, l.deleted_by from leads l where l.deleted_at is not null and "
                + scope.sql() + " order by l.deleted_at desc limit :limit";
        List<Object[]> rows = scope.bind(jdbc.sql(sql)).param("limit", limit)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getObject(4, UUID.class)})
                .list();
        Map<UUID, UserSummary> deleters = users.findAll(rows.stream().map(r -> (UUID) r[3]).toList());
        return rows.stream().map(r -> new DeletedRecord((UUID) r[0], (String) r[1], (java.time.Instant) r[2],
                deleters.containsKey((UUID) r[3]) ? deleters.get((UUID) r[3]).name() : "")).toList();
    }

    @Override
    public void restore(UUID id) {
        editing.restore(id);
    }

    @EventListener
    void on(UserMovedToDepartment event) {
        leads.moveOwnedLeads(event.userId(), event.departmentId());
    }
}
