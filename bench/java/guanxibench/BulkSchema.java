package guanxibench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The secondary indexes and foreign keys of the loaded tables (accounts and contacts, or opportunities
 * and their stage history), and the foreign keys pointing at them, saved from the catalog as Flyway
 * created them, dropped for the bulk load and recreated from the very same definitions afterwards.
 * Primary keys stay.
 */
final class BulkSchema {

    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    record Index(String table, String name, String definition) {
    }

    record ForeignKey(String table, String name, String definition) {
    }

    private final List<String> tables;
    private final List<Index> indexes;
    private final List<ForeignKey> foreignKeys;

    private BulkSchema(List<String> tables, List<Index> indexes, List<ForeignKey> foreignKeys) {
        this.tables = tables;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    static BulkSchema save(Connection db) throws SQLException {
        return save(db, List.of("accounts", "contacts"));
    }

    static BulkSchema save(Connection db, List<String> tables) throws SQLException {
        String names = "'" + String.join("', '", tables) + "'";
        String classes = "'" + String.join("'::regclass, '", tables) + "'::regclass";
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select c.relname, i.relname, pg_get_indexdef(x.indexrelid)
                    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
                    where c.relname in (%s) and c.relnamespace = 'public'::regnamespace
                      and not x.indisprimary
                    order by c.relname, i.relname""".formatted(names))) {
                while (rs.next()) {
                    indexes.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                    from pg_constraint
                    where contype = 'f' and (conrelid in (%1$s) or confrelid in (%1$s))
                    order by 1, 2""".formatted(classes))) {
                while (rs.next()) {
                    keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return new BulkSchema(List.copyOf(tables), indexes, keys);
    }

    void dropForLoad(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (ForeignKey k : foreignKeys) {
                s.execute("alter table " + k.table() + " drop constraint " + k.name());
            }
            for (Index i : indexes) {
                s.execute("drop index " + i.name());
            }
        }
        db.commit();
        Generate.log("dropped %d indexes and %d foreign keys for the load", indexes.size(), foreignKeys.size());
    }

    /** Rebuilds the indexes, one connection per table so both cores work (a table's in parallel order). */
    void restoreIndexes(ConnectionFactory connections) {
        List<CompletableFuture<Void>> builds = new ArrayList<>();
        for (String table : tables) {
            builds.add(CompletableFuture.runAsync(() -> {
                try (Connection db = connections.open(); Statement s = db.createStatement()) {
                    s.execute("set maintenance_work_mem = '1GB'");
                    for (Index i : indexes) {
                        if (i.table().equals(table)) {
                            long t = System.nanoTime();
                            s.execute(i.definition());
                            Generate.log("  %s: %.1f s", i.name(), Generate.secs(System.nanoTime() - t));
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new)).join();
    }

    void restoreForeignKeys(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            for (ForeignKey k : foreignKeys) {
                s.execute("alter table " + k.table() + " add constraint " + k.name() + " " + k.definition());
            }
        }
    }
}
