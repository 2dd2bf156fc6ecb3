package dev.guanxi.shared.paging;

import dev.guanxi.shared.problem.BadRequestException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last row of a page: the sort value and id of that row. Opaque to callers
 * (base64url); the sort it belongs to is part of it, so a cursor cannot be replayed on another sort.
 */
public record Cursor(String sort, Object value, UUID id) {

    private static final String NULL = "\u0000";

    public String encode() {
        String raw = sort + "\n" + (value == null ? NULL : value.toString()) + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, Sort sort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", -1);
            if (parts.length != 3 || !parts[0].equals(sort.parameter())) {
                throw invalid();
            }
            Object value = parts[1].equals(NULL) ? null : parse(parts[1], sort.field().type());
            return new Cursor(parts[0], value, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static Object parse(String value, SortField.ValueType type) {
        return switch (type) {
            case TEXT -> value;
            case TIMESTAMP -> Instant.parse(value).atOffset(java.time.ZoneOffset.UTC);
            case DECIMAL -> new BigDecimal(value);
            case DATE -> java.time.LocalDate.parse(value);
        };
    }

    private static BadRequestException invalid() {
        return new BadRequestException("problem.cursor.invalid", "cursor");
    }
}
