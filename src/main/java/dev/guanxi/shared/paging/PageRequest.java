package dev.guanxi.shared.paging;

import dev.guanxi.shared.problem.BadRequestException;

/** What a list asks for: at most {@code limit} rows after {@code cursor} in {@code sort} order. */
public record PageRequest(int limit, String cursor, Sort sort) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("problem.limit.range", "limit", MAX_LIMIT);
        }
    }

    public static PageRequest of(Integer limit, String cursor, Sort sort) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, blankToNull(cursor), sort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
