package dev.guanxi.shared.files;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a record, without its content. */
public record Attachment(UUID id, String recordKind, UUID recordId, String fileName, String contentType, long sizeBytes,
                         String sha256, Instant createdAt, UUID createdBy) {
}
