package dev.guanxi.sales.internal;

import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Opportunities in the global search box, after accounts and contacts. */
@Component
class OpportunitySearchSource implements SearchSource {

    private final OpportunityQueries queries;

    OpportunitySearchSource(OpportunityQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String headingKey() {
        return "nav.opportunities";
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return queries.search(query, limit, OpportunityAccess.scope()).stream()
                .map(row -> new SearchHit("nav.opportunities", row.id(), row.name(),
                        Stream.of(row.accountName(), row.ownerName()).filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                        "/opportunities/" + row.id()))
                .toList();
    }
}
