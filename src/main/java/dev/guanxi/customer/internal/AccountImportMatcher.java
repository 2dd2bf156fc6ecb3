package dev.guanxi.customer.internal;

import dev.guanxi.imports.ImportRow;
import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the existing accounts a chunk of imported rows duplicates, with one query per chunk through the
 * indexes on external id, lower(name), lower(e-mail) and phone digits. Only accounts the importer can
 * see count: a company another department keeps stays theirs. An external id is unique among all
 * accounts, though: the holders of a chunk's external ids are looked up among all of them, deleted
 * ones included. Also loads the parent chains the chunk's parents sit in, to refuse a circular group.
 */
@Component
class AccountImportMatcher {

    static final List<String> FIELDS = List.of("externalId", "name", "phone", "email");

    private static final String PHONE_DIGITS = "regexp_replace(a.phone, '[^0-9]', '', 'g')";

    private final JdbcClient jdbc;

    AccountImportMatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Matches find(List<ImportRow> rows, List<String> matchOn, VisibilityScope scope) {
        Set<String> externalIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<UUID> parents = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.has("externalId")) {
                externalIds.add(row.text("externalId"));
            }
            if (matchOn.contains("name") && row.has("name")) {
                names.add(nameKey(row.text("name")));
            }
            if (matchOn.contains("phone") && row.has("phone")) {
                phones.add(SearchKeys.digits(row.text("phone")));
            }
            if (matchOn.contains("email") && row.has("email")) {
                emails.add(row.text("email").toLowerCase(Locale.ROOT));
            }
            if (row.id("parentAccountId") != null) {
                parents.add(row.id("parentAccountId"));
            }
        }
        phones.remove("");
        Matches matches = new Matches();
        if (!externalIds.isEmpty() || !names.isEmpty() || !phones.isEmpty() || !emails.isEmpty()) {
            // planned for these very arrays, never as a generic plan that may scan the whole table per chunk
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            Where where = new Where().add("a.deleted_at is null").add(scope.readableSql("a")).add(new SqlCondition("""
                    (a.external_id = any(:ext)
                     or lower(a.name) = any(:names)
                     or (a.phone is not null and %s = any(:phones))
                     or (a.email is not null and lower(a.email) = any(:emails)))""".formatted(PHONE_DIGITS),
                    Map.of("ext", externalIds.toArray(String[]::new), "names", names.toArray(String[]::new),
                            "phones", phones.toArray(String[]::new), "emails", emails.toArray(String[]::new))));
            where.bind(jdbc.sql("select " + prefixed() + " from accounts a where " + where.sql()
                            + " order by a.created_at, a.id"))
                    .query((rs, n) -> ImportedAccount.read(rs)).list()
                    .forEach(matches::add);
        }
        if (!externalIds.isEmpty()) {
            // External ids are unique among all accounts, deleted or out of the importer's sight included.
            jdbc.sql("select a.external_id, a.id from accounts a where a.external_id = any(:ext)")
                    .param("ext", externalIds.toArray(String[]::new))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list()
                    .forEach(e -> matches.externalIdHolders.put(e.getKey(), e.getValue()));
        }
        if (!parents.isEmpty()) {
            jdbc.sql("""
                            with recursive chain(id, parent_account_id) as (
                                select a.id, a.parent_account_id from accounts a where a.id = any(:parents)
                                union
                                select a.id, a.parent_account_id from accounts a join chain c on a.id = c.parent_account_id
                            )
                            select id, parent_account_id from chain""")
                    .param("parents", parents.toArray(UUID[]::new))
                    .query((rs, n) -> {
                        matches.parentOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                        return null;
                    }).list();
        }
        return matches;
    }

    private static String prefixed() {
        List<String> columns = new ArrayList<>();
        for (String column : ImportedAccount.COLUMNS.split(",\\s*")) {
            columns.add("a." + column);
        }
        return String.join(", ", columns);
    }

    /** Names match without case and surrounding space, as the database's lower(name) does. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The match keys of a row for the chosen fields, in their order ("name:华东钢铁", "phone:02162345678"). */
    static List<String> keys(ImportRow row, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            String key = key(field, row.text(field));
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    static List<String> keys(ImportedAccount account, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            String value = switch (field) {
                case "externalId" -> account.externalId;
                case "phone" -> account.phone;
                case "email" -> account.email;
                default -> account.name;
            };
            String key = key(field, value);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String key(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (field) {
            case "externalId" -> "externalId:" + value;
            case "email" -> "email:" + value.toLowerCase(Locale.ROOT);
            case "phone" -> {
                String digits = SearchKeys.digits(value);
                yield digits.isEmpty() ? null : "phone:" + digits;
            }
            default -> "name:" + nameKey(value);
        };
    }

    /** Existing accounts by match key, external id holders, and the parent links of the chunk's groups. */
    static final class Matches {
        private final Map<String, ImportedAccount> byKey = new HashMap<>();
        private final Map<String, UUID> externalIdHolders = new HashMap<>();
        private final Map<UUID, UUID> parentOf = new HashMap<>();

        private void add(ImportedAccount account) {
            for (String field : FIELDS) {
                for (String key : keys(account, List.of(field))) {
                    byKey.putIfAbsent(key, account);
                }
            }
        }

        ImportedAccount existing(ImportRow row, List<String> matchOn) {
            for (String key : keys(row, matchOn)) {
                ImportedAccount account = byKey.get(key);
                if (account != null) {
                    return account;
                }
            }
            return null;
        }

        /** The account holding this external id, whoever can see it, or null. */
        UUID holderOf(String externalId) {
            return externalIdHolders.get(externalId);
        }

        /**
         * Whether making {@code parentId} the parent of {@code accountId} closes a circle: the account is
         * the parent itself or one of its ancestors. Parents set earlier in the chunk count.
         */
        boolean wouldCycle(UUID accountId, UUID parentId) {
            Set<UUID> seen = new HashSet<>();
            for (UUID current = parentId; current != null && seen.add(current); current = parentOf.get(current)) {
                if (current.equals(accountId)) {
                    return true;
                }
            }
            return false;
        }

        /** Notes a parent link the chunk sets, so later rows of the chunk see it. */
        void link(UUID accountId, UUID parentId) {
            parentOf.put(accountId, parentId);
        }
    }
}
