package dev.guanxi.shared.database;

/** Whether the application runs on its own embedded PostgreSQL or on a configured server. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
