package dev.guanxi.imports.internal;

import dev.guanxi.imports.RowOutcome;
import java.util.Collection;

/** The counts of one chunk: rows read and where they ended. */
public record ChunkTally(long read, long created, long updated, long skipped, long rejected) {

    static ChunkTally of(long read, Collection<RowOutcome> outcomes) {
        long created = 0;
        long updated = 0;
        long skipped = 0;
        long rejected = 0;
        for (RowOutcome outcome : outcomes) {
            switch (outcome.kind()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case SKIPPED -> skipped++;
                case REJECTED -> rejected++;
            }
        }
        return new ChunkTally(read, created, updated, skipped, rejected);
    }
}
