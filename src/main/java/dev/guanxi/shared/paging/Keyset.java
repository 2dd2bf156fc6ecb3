package dev.guanxi.shared.paging;

import dev.guanxi.shared.visibility.SqlCondition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset (seek) pagination: "rows after (value, id)" instead of OFFSET, so page 10,000 costs what
 * page 1 costs. The row comparison matches the order of the (sort expression, id) index.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The condition selecting rows after the cursor, or {@code true} on the first page. */
    public static SqlCondition after(PageRequest page, String alias) {
        if (page.cursor() == null) {
            return new SqlCondition("true", Map.of());
        }
        Cursor cursor = Cursor.decode(page.cursor(), page.sort());
        String operator = page.sort().descending() ? "<" : ">";
        Map<String, Object> params = new HashMap<>();
        params.put("cursorId", cursor.id());
        if (cursor.value() == null) {
            throw new IllegalStateException("sort expressions never yield null");
        }
        params.put("cursorValue", cursor.value());
        String sql = "(" + page.sort().field().sqlExpression() + ", " + alias + ".id) " + operator
                + " (:cursorValue, :cursorId)";
        return new SqlCondition(sql, params);
    }

    /** A sort value as a cursor carries it: timestamps as ISO instants, everything else as text. */
    static String cursorValue(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant.toString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }

    /**
     * Cuts the rows fetched with {@code limit + 1} to the page and derives the next cursor from
     * the last row kept.
     */
    public static <T> Slice<T> slice(List<T> rows, PageRequest page, Function<T, Object> sortValue,
                                     Function<T, java.util.UUID> id) {
        if (rows.size() <= page.limit()) {
            return new Slice<>(rows, null);
        }
        List<T> items = rows.subList(0, page.limit());
        T last = items.get(items.size() - 1);
        String encodedValue = cursorValue(sortValue.apply(last));
        Cursor next = new Cursor(page.sort().parameter(), encodedValue, id.apply(last));
        return new Slice<>(List.copyOf(items), next.encode());
    }
}
