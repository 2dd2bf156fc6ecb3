package dev.guanxi.shared.search;

import dev.guanxi.shared.visibility.SqlCondition;
import java.util.Map;

/**
 * A search box entry turned into an indexable condition. Short queries (one or two characters after
 * normalisation) match a token of {@link SearchKeys}; longer ones use the trigram index with
 * "contains"; a query that looks like a phone number searches its digits.
 */
public record SearchQuery(String normalized, Kind kind) {

    public enum Kind { TOKEN, CONTAINS, PREFIX_ONLY }

    public static final int MAX_LENGTH = 100;

    /** Parses the user's entry; {@code null} when there is nothing to search for. */
    public static SearchQuery parse(String raw) {
        String value = SearchKeys.normalize(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, MAX_LENGTH);
        }
        if (value.matches("[+()\\d\\s-]{3,}") && SearchKeys.digits(value).length() >= 3) {
            return new SearchQuery(SearchKeys.digits(value), Kind.CONTAINS);
        }
        String compact = value.replace(" ", "");
        int length = compact.codePointCount(0, compact.length());
        if (length >= 3) {
            return new SearchQuery(value, Kind.CONTAINS);
        }
        if (length == 2 || SearchKeys.isHan(compact.charAt(0))) {
            return new SearchQuery(compact, Kind.TOKEN);
        }
        // a single Latin letter or digit: only names starting with it
        return new SearchQuery(compact, Kind.PREFIX_ONLY);
    }

    /** The condition on {@code alias.search_text}/{@code alias.search_tokens}/{@code alias.name}. */
    public SqlCondition condition(String alias) {
        String a = alias + ".";
        return switch (kind) {
            case TOKEN -> new SqlCondition(a + "search_tokens @> array[cast(:searchToken as text)]",
                    Map.of("searchToken", normalized));
            case CONTAINS -> new SqlCondition(a + "search_text like :searchPattern",
                    Map.of("searchPattern", "%" + escapeLike(normalized) + "%"));
            case PREFIX_ONLY -> new SqlCondition("lower(" + a + "name) like :searchPrefix",
                    Map.of("searchPrefix", escapeLike(normalized) + "%"));
        };
    }

    /** Names starting with the query rank first in search-as-you-type. */
    public SqlCondition namePrefix(String alias) {
        return new SqlCondition("lower(" + alias + ".name) like :namePrefix",
                Map.of("namePrefix", escapeLike(normalized) + "%"));
    }

    /** Makes LIKE wildcards in user text literal (the pattern uses the default escape character). */
    public static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
