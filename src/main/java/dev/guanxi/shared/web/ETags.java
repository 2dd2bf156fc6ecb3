package dev.guanxi.shared.web;

import dev.guanxi.shared.problem.StaleVersionException;
import org.springframework.http.ResponseEntity;

/**
 * Versions as HTTP entity tags: every response carries {@code ETag: "<version>"}; an update sent with
 * {@code If-Match} of an older version is refused with 412 so that no update is lost.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, {@code null} for none or {@code *}; 412 if it names none we know. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleVersionException();
        }
    }

    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    public static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(java.net.URI.create(location)).eTag(of(version)).body(body);
    }
}
