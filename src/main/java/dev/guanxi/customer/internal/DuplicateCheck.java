package dev.guanxi.customer.internal;

import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.search.SearchQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Warns about an account that may exist already (客户查重) while it is being entered: the same core
 * name without the legal form ("华东钢铁" for 上海华东钢铁有限公司, "Acme" for Acme Co., Ltd.), or the
 * same phone number. Only accounts the user may read are named.
 */
@Component
public class DuplicateCheck {

    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|分公司|集团|公司|股份|有限|厂|\\bco\\b\\.?|\\bltd\\b\\.?|\\blimited\\b|\\binc\\b\\.?|"
                    + "\\bcorp(oration)?\\b\\.?|\\bgmbh\\b|\\bllc\\b|\\bcompany\\b|\\bgroup\\b|[,.，。()（）])");
    private static final int LIMIT = 5;

    private final AccountQueries queries;

    DuplicateCheck(AccountQueries queries) {
        this.queries = queries;
    }

    public List<AccountRow> possibleDuplicates(String name, String phone, UUID excludeId) {
        Map<UUID, AccountRow> found = new LinkedHashMap<>();
        SearchQuery byName = SearchQuery.parse(coreName(name));
        if (byName != null && byName.kind() != SearchQuery.Kind.PREFIX_ONLY) {
            queries.search(byName, LIMIT + 1, AccountAccess.scope()).forEach(row -> found.put(row.id(), row));
        }
        String digits = dev.guanxi.shared.values.PhoneNumbers.nationalNumber(phone);
        if (digits.length() >= 7) {
            queries.search(SearchQuery.parse(digits), LIMIT + 1, AccountAccess.scope()).forEach(row -> found.putIfAbsent(row.id(), row));
        }
        found.remove(excludeId);
        return found.values().stream().limit(LIMIT).toList();
    }

    /** The distinctive part of a company name: lower case, without legal form and punctuation. */
    static String coreName(String name) {
        if (name == null) {
            return "";
        }
        String core = LEGAL_FORMS.matcher(SearchKeys.normalize(name)).replaceAll(" ");
        return core.replaceAll("\\s+", " ").strip();
    }
}
