package dev.guanxi.shared.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the planner's statistics of a table up to date while a bulk load grows it. Autovacuum may be
 * off, or a minute behind: with statistics of an empty table, the duplicate check of each import chunk
 * (one query through the indexes) becomes a sequential scan, and a million-row import slows to a crawl.
 * So a writer reports the rows it added, and the table is analysed again whenever it has grown by a
 * fifth since the last time (as autovacuum's own threshold would), plus a floor of 10,000 rows.
 * ANALYZE samples a fixed number of rows, so each run costs about the same whatever the table's size.
 */
@Component
public class TableStatistics {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final long FLOOR = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, Growth> growth = new ConcurrentHashMap<>();

    TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void grew(String table, long rows) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        Growth state = growth.computeIfAbsent(table, t -> new Growth());
        synchronized (state) {
            state.added += rows;
            if (state.added < FLOOR + state.analysedAt / 5) {
                return;
            }
            jdbc.execute("analyze " + table);
            Long estimate = jdbc.queryForObject("select greatest(reltuples, 0)::bigint from pg_class where oid = cast(? as regclass)",
                    Long.class, table);
            state.analysedAt = estimate == null ? 0 : estimate;
            state.added = 0;
        }
    }

    private static final class Growth {
        private long added;
        private long analysedAt;
    }
}
