package dev.guanxi.shared.recyclebin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A module's deleted records in the recycle bin (回收站). Deletion only marks a record; restore
 * brings it back with its history. Implementations apply the caller's visibility.
 */
public interface RecycleBinSource {

    /** The kind of record, e.g. "accounts" (also the restore path segment). */
    String kind();

    String headingKey();

    int order();

    List<DeletedRecord> deleted(int limit);

    void restore(UUID id);

    record DeletedRecord(UUID id, String title, Instant deletedAt, String deletedBy) {
    }
}
