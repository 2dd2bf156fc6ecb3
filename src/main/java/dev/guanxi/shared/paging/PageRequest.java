package dev.guanxi.shared.paging;

import dev.guanxi.shared.problem.BadRequestException;

/** What a list asks for: at most {@code limit} rows after {@code cursor} in {@code sort} order. */
public record PageRequest(int limit, String cursor, Sort sort) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Exports read a list in larger pages than anyone may ask for (fewer round trips, still bounded). */
    public static final int EXPORT_PAGE = 5000;

    public PageRequest {
        if (limit < 1 || limit > EXPORT_PAGE) {
            throw new BadRequestException("problem.limit.range", "limit", MAX_LIMIT);
        }
    }

    /** A page someone asked for: at most {@link #MAX_LIMIT} rows. */
    public static PageRequest of(Integer limit, String cursor, Sort sort) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new BadRequestException("problem.limit.range", "limit", MAX_LIMIT);
        }
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, blankToNull(cursor), sort);
    }

    /** The next page of an export. */
    public static PageRequest forExport(String cursor, Sort sort) {
        return new PageRequest(EXPORT_PAGE, blankToNull(cursor), sort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
