package dev.guanxi.contact.internal;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The match keys (e-mail, phone digits, name at account) of every contact the importer can see, in a
 * Bloom filter: a large import asks the database only about the keys that may exist. Without it, each
 * chunk's duplicate check probes the indexes with a couple of thousand keys that almost all miss — random
 * reads that cost more than the COPY itself once the indexes outgrow the buffer cache. A false positive
 * (about 1 %) only costs a probe; there are no false negatives, so no duplicate goes unnoticed — except a
 * contact someone else creates while the import runs, which the probe-then-COPY order never excluded either.
 */
final class KnownContactKeys {

    private static final int FETCH_SIZE = 10_000;

    private final BloomFilter<CharSequence> filter;

    private KnownContactKeys(BloomFilter<CharSequence> filter) {
        this.filter = filter;
    }

    static KnownContactKeys load(DataSource dataSource, VisibilityScope scope) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        Long estimate = streaming.queryForObject("select greatest(reltuples, 0)::bigint from pg_class where oid = 'contacts'::regclass",
                Long.class);
        // sized for the table and a few million more rows of this import, a handful of keys each
        long expected = 4 * ((estimate == null ? 0 : estimate) + 2_000_000);
        BloomFilter<CharSequence> filter = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), expected, 0.01);
        SqlCondition readable = scope.readableSql("c");
        new NamedParameterJdbcTemplate(streaming).query("""
                        select c.email, c.phone, c.mobile, c.name, c.account_id from contacts c
                        where c.deleted_at is null and %s""".formatted(readable.sql()),
                new MapSqlParameterSource(readable.params()), rs -> {
                    ImportedContact contact = new ImportedContact();
                    contact.email = rs.getString(1);
                    contact.phone = rs.getString(2);
                    contact.mobile = rs.getString(3);
                    contact.name = rs.getString(4);
                    contact.accountId = rs.getObject(5, UUID.class);
                    add(filter, contact);
                });
        return new KnownContactKeys(filter);
    }

    void addAll(Collection<ImportedContact> contacts) {
        contacts.forEach(contact -> add(filter, contact));
    }

    /** Whether a match key ("email:li@x.cn") may belong to an existing contact; false is certain. */
    boolean mayExist(String key) {
        return filter.mightContain(key);
    }

    private static void add(BloomFilter<CharSequence> filter, ImportedContact contact) {
        for (String key : ContactImportMatcher.keys(contact, List.of("email", "mobile", "phone", "name"))) {
            filter.put(key);
        }
    }
}
