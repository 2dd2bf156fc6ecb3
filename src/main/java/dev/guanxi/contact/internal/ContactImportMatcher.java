package dev.guanxi.contact.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the existing contacts a chunk of imported rows duplicates, with one query per chunk through the
 * indexes on external id, e-mail, phone digits and name. Only contacts the importer can see count: a
 * person another department keeps stays theirs. An external id is unique among all contacts, though:
 * the holders of a chunk's external ids are looked up among all of them, deleted ones included.
 */
@Component
class ContactImportMatcher {

    private static final String PHONE_DIGITS = "regexp_replace(%s, '[^0-9]', '', 'g')";

    private static final String KNOWN_KEYS = "contacts.knownKeys";
    private static final String CHUNKS = "contacts.chunks";
    private static final int FILTER_FROM_CHUNK = 3;

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    ContactImportMatcher(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    Matches find(List<ImportRow> rows, List<String> matchOn, VisibilityScope scope, Map<String, Object> runState) {
        KnownContactKeys known = knownKeys(runState, scope);
        Set<String> externalIds = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.has("externalId")) {
                externalIds.add(row.text("externalId"));
            }
            String account = row.id("accountId") == null ? null : row.id("accountId").toString();
            if (matchOn.contains("email") && row.has("email") && mayExist(known, key("email", row.text("email"), account))) {
                emails.add(row.text("email").toLowerCase(Locale.ROOT));
            }
            for (String field : List.of("mobile", "phone")) {
                if (matchOn.contains(field) && row.has(field) && mayExist(known, key(field, row.text(field), account))) {
                    phones.add(SearchKeys.digits(row.text(field)));
                }
            }
            if (matchOn.contains("name") && mayExist(known, key("name", row.text("name"), account))) {
                names.add(row.text("name"));
            }
        }
        Matches matches = new Matches();
        List<String> keys = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        addKey(keys, params, "c.external_id = any(:ext)", "ext", externalIds);
        addKey(keys, params, "(c.email is not null and lower(c.email) = any(:emails))", "emails", emails);
        addKey(keys, params, "(c.phone is not null and " + PHONE_DIGITS.formatted("c.phone") + " = any(:phones))", "phones", phones);
        if (!phones.isEmpty()) {
            keys.add("(c.mobile is not null and " + PHONE_DIGITS.formatted("c.mobile") + " = any(:phones))");
        }
        addKey(keys, params, "c.name = any(:names)", "names", names);
        if (!keys.isEmpty()) {
            // Planned for these very arrays: a generic plan of the prepared statement, made without their
            // sizes, can turn this into a (parallel) sequential scan of the whole table on every chunk.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            Where where = new Where().add("c.deleted_at is null").add(scope.readableSql("c"))
                    .add(new SqlCondition("(" + String.join(" or ", keys) + ")", params));
            where.bind(jdbc.sql("select " + prefixed() + " from contacts c where " + where.sql() + " order by c.created_at, c.id"))
                    .query((rs, n) -> ImportedContact.read(rs)).list()
                    .forEach(matches::add);
        }
        if (!externalIds.isEmpty()) {
            // External ids are unique among all contacts, deleted or out of the importer's sight included.
            Where held = new Where().add(new SqlCondition("c.external_id = any(:ext)",
                    Map.of("ext", externalIds.toArray(String[]::new))));
            held.bind(jdbc.sql("select c.external_id, c.id from contacts c where " + held.sql()))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, java.util.UUID.class))).list()
                    .forEach(e -> matches.externalIdHolders.put(e.getKey(), e.getValue()));
        }
        return matches;
    }

    /** Contacts written by this run: their keys may exist from now on. */
    void written(Map<String, Object> runState, List<ImportedContact> contacts) {
        if (runState.get(KNOWN_KEYS) instanceof KnownContactKeys known) {
            known.addAll(contacts);
        }
    }

    /**
     * The filter of known keys, loaded once a run has shown it is large (its third chunk): a file of a few
     * rows asks the database directly rather than reading every contact's keys first.
     */
    private KnownContactKeys knownKeys(Map<String, Object> runState, VisibilityScope scope) {
        int chunk = (Integer) runState.merge(CHUNKS, 1, (a, b) -> (Integer) a + (Integer) b);
        if (chunk < FILTER_FROM_CHUNK) {
            return null;
        }
        return (KnownContactKeys) runState.computeIfAbsent(KNOWN_KEYS, k -> KnownContactKeys.load(dataSource, scope));
    }

    private static boolean mayExist(KnownContactKeys known, String key) {
        return key != null && (known == null || known.mayExist(key));
    }

    /** One alternative of the duplicate condition, only when the chunk has values for it (an empty OR branch still costs). */
    private static void addKey(List<String> keys, Map<String, Object> params, String condition, String name,
                               Set<String> values) {
        if (!values.isEmpty()) {
            keys.add(condition);
            params.put(name, values.toArray(String[]::new));
        }
    }

    private static String prefixed() {
        List<String> columns = new ArrayList<>();
        for (String column : ImportedContact.COLUMNS.split(",\\s*")) {
            columns.add("c." + column);
        }
        return String.join(", ", columns);
    }

    /** The match keys of a row for the chosen fields, in their order ("email:li@x.cn", "phone:13800138000"). */
    static List<String> keys(ImportRow row, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            String key = key(field, field.equals("name") ? row.text("name") : row.text(field),
                    row.id("accountId") == null ? null : row.id("accountId").toString());
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    static List<String> keys(ImportedContact contact, List<String> matchOn) {
        List<String> keys = new ArrayList<>();
        for (String field : matchOn) {
            String value = switch (field) {
                case "externalId" -> contact.externalId;
                case "email" -> contact.email;
                case "mobile" -> contact.mobile;
                case "phone" -> contact.phone;
                default -> contact.name;
            };
            String key = key(field, value, contact.accountId == null ? null : contact.accountId.toString());
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String key(String field, String value, String accountId) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (field) {
            case "externalId" -> "externalId:" + value;
            case "email" -> "email:" + value.toLowerCase(Locale.ROOT);
            case "mobile", "phone" -> {
                String digits = SearchKeys.digits(value);
                yield digits.isEmpty() ? null : "phone:" + digits;
            }
            default -> "name:" + value + "|" + accountId;
        };
    }

    /** Existing contacts by match key. */
    static final class Matches {
        private final Map<String, ImportedContact> byKey = new HashMap<>();
        private final Map<String, java.util.UUID> externalIdHolders = new HashMap<>();

        private void add(ImportedContact contact) {
            for (String field : List.of("externalId", "email", "mobile", "phone", "name")) {
                for (String key : keys(contact, List.of(field))) {
                    byKey.putIfAbsent(key, contact);
                }
            }
        }

        ImportedContact existing(ImportRow row, List<String> matchOn) {
            for (String key : keys(row, matchOn)) {
                ImportedContact contact = byKey.get(key);
                if (contact != null) {
                    return contact;
                }
            }
            return null;
        }

        /** The contact holding this external id, whoever can see it, or null. */
        java.util.UUID holderOf(String externalId) {
            return externalIdHolders.get(externalId);
        }
    }
}
