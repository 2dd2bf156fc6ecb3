package dev.guanxi.shared.files;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file back. Always as a download (never rendered inline, so an uploaded HTML or SVG
 * file cannot run script in our origin), with the name encoded per RFC 6266 so Chinese names survive.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(AttachmentStore.Content content) {
        Attachment file = content.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.sizeBytes())
                .body(content.bytes());
    }
}
