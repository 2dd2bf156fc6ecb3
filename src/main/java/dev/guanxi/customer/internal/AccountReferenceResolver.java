package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountDraft;
import dev.guanxi.customer.AccountReferences;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds accounts for an import by id, external id or name (case-insensitive; the oldest account wins
 * when two share a name), only among those the importer may read — one query per batch of values.
 */
@Component
class AccountReferenceResolver implements AccountReferences {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final Accounts accounts;

    AccountReferenceResolver(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        List<UUID> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String value : values) {
            texts.add(value);
            names.add(value.toLowerCase(Locale.ROOT));
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAnId) {
                // a name or an external id
            }
        }
        if (texts.isEmpty()) {
            return Map.of();
        }
        Where where = new Where().add("a.deleted_at is null").add(importer.scope().readableSql("a"))
                .add(new SqlCondition("(a.id = any(:ids) or a.external_id = any(:texts) or lower(a.name) = any(:names))",
                        Map.of("ids", ids.toArray(UUID[]::new), "texts", texts.toArray(String[]::new),
                                "names", names.toArray(String[]::new))));
        Map<String, UUID> byId = new HashMap<>();
        Map<String, UUID> byExternalId = new HashMap<>();
        Map<String, UUID> byName = new HashMap<>();
        where.bind(jdbc.sql("select a.id, a.external_id, a.name from accounts a where " + where.sql()
                        + " order by a.created_at, a.id"))
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byId.put(id.toString(), id);
                    if (rs.getString(2) != null) {
                        byExternalId.putIfAbsent(rs.getString(2), id);
                    }
                    byName.putIfAbsent(rs.getString(3).toLowerCase(Locale.ROOT), id);
                    return null;
                }).list();
        Map<String, UUID> result = new LinkedHashMap<>();
        for (String value : texts) {
            UUID id = byId.get(value.toLowerCase(Locale.ROOT));
            if (id == null) {
                id = byExternalId.get(value);
            }
            if (id == null) {
                id = byName.get(value.toLowerCase(Locale.ROOT));
            }
            if (id != null) {
                result.put(value, id);
            }
        }
        return result;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        String normalized = SearchKeys.normalize(value);
        Where where = new Where().add("a.deleted_at is null").add(importer.scope().readableSql("a"))
                .add(new SqlCondition(":value <% a.search_text", Map.of("value", normalized)));
        return where.bind(jdbc.sql("select a.id, a.name, similarity(lower(a.name), :value) as score from accounts a where "
                        + where.sql() + " order by score desc, a.name limit :limit"))
                .param("limit", limit)
                .query((rs, n) -> new ReferenceMatch(rs.getObject(1, UUID.class), rs.getString(2), rs.getDouble(3)))
                .list();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        accounts.findReadable(ids).forEach((id, account) -> labels.put(id, account.name()));
        return labels;
    }

    @Override
    public boolean canCreate() {
        return true;
    }

    /** A new account of the importer's with the default type and status; null when the text cannot be a name. */
    @Override
    public UUID create(String value, CurrentUser importer) {
        String name = value.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return null;
        }
        return accounts.create(new AccountDraft(name, null, null, null, null, null, null, null, null, null));
    }
}
