package dev.guanxi.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One PostgreSQL database per test JVM, shared by every Spring context of the run. By default an
 * embedded PostgreSQL 17; with {@code -Dguanxi.test.database-url=jdbc:postgresql://host:port/db} a
 * fresh database is created on that server (and dropped at the end), so CI also runs the suite on
 * the machine's own PostgreSQL.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String username;

    private TestDatabase(String url, String username) {
        this.url = url;
        this.username = username;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String server = System.getProperty("guanxi.test.database-url", System.getenv("GUANXI_TEST_DATABASE_URL"));
            instance = server == null || server.isBlank() ? embedded() : onServer(server);
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            // Spring closes its test contexts in its own shutdown hook; give it a head start so
            // that nothing is still using the database when the server stops.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(3000);
                    postgres.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static TestDatabase onServer(String serverUrl) {
        String user = System.getProperty("guanxi.test.database-user", "postgres");
        String name = "guanxi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, "create database " + name + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(serverUrl, user, "drop database if exists " + name + " with (force)")));
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        return new TestDatabase(base + name, user);
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + url, e);
        }
    }
}
