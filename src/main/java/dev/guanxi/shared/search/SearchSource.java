package dev.guanxi.shared.search;

import java.util.List;

/**
 * A module's contribution to the global search box. Each implementation searches its own records
 * with the current user's visibility applied in its query.
 */
public interface SearchSource {

    /** Position among the groups of results; lower comes first. */
    int order();

    /** Message key of the group heading (e.g. "Accounts"). */
    String headingKey();

    List<SearchHit> search(SearchQuery query, int limit);
}
