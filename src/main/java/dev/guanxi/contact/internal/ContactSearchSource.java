package dev.guanxi.contact.internal;

import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

@Component
class ContactSearchSource implements SearchSource {

    private final ContactQueries queries;

    ContactSearchSource(ContactQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String headingKey() {
        return "nav.contacts";
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return queries.search(query, limit, ContactAccess.scope()).stream()
                .map(row -> new SearchHit("nav.contacts", row.id(), row.name(),
                        Stream.of(row.title(), row.accountName(), row.mobile() != null ? row.mobile() : row.phone(), row.email())
                                .filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                        "/contacts/" + row.id()))
                .toList();
    }
}
