package dev.guanxi.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import as stored: the file's shape, the mapping, where it stands and what it has done so far. */
public record ImportJob(UUID id, String entity, String fileName, long fileSize, String format, String charset,
                        String delimiter, List<String> headers, List<List<String>> sample, ImportMapping mapping,
                        Status status, boolean dryRun, boolean cancelRequested, long rowsRead, long created,
                        long updated, long skipped, long rejected, long rowsDone, Long rowsTotal, String error,
                        UUID createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, long version) {

    public enum Status {
        DRAFT, QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    public boolean active() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** Share of the file done, 0–100, when the number of rows is known (a second run, or a preview before). */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }

    public long sum() {
        return created + updated + skipped + rejected;
    }
}
