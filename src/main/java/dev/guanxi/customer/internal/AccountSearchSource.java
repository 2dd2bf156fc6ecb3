package dev.guanxi.customer.internal;

import dev.guanxi.shared.search.SearchHit;
import dev.guanxi.shared.search.SearchQuery;
import dev.guanxi.shared.search.SearchSource;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

@Component
class AccountSearchSource implements SearchSource {

    private final AccountQueries queries;

    AccountSearchSource(AccountQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String headingKey() {
        return "nav.accounts";
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        return queries.search(query, limit, AccountAccess.scope()).stream()
                .map(row -> new SearchHit("nav.accounts", row.id(), row.name(),
                        Stream.of(row.city(), row.phone(), row.ownerName()).filter(Objects::nonNull)
                                .collect(Collectors.joining(" · ")),
                        "/accounts/" + row.id()))
                .toList();
    }
}
