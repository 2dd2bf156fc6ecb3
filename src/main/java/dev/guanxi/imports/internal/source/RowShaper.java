package dev.guanxi.imports.internal.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place that turns raw cells of any format into what a {@link RowHandler} is promised: the first non-blank
 * row becomes the header, cells are trimmed and checked, rows are padded or cut to the header width, blank rows are
 * skipped (their number used up by the caller).
 */
final class RowShaper {

    private final RowHandler handler;
    private int width = -1;
    private long delivered;
    private boolean stopped;

    RowShaper(RowHandler handler) {
        this.handler = handler;
    }

    boolean hasHeader() {
        return width >= 0;
    }

    /** Rows handed to the handler so far. */
    long delivered() {
        return delivered;
    }

    boolean stopped() {
        return stopped;
    }

    /**
     * One raw row: before the header, the first non-blank one becomes the header; after it, a data row.
     *
     * @param number the data-row number (ignored before the header)
     * @param raw    the cells as read, null entries allowed
     * @return false once the handler asked to stop
     */
    boolean accept(long number, List<String> raw) {
        if (stopped) {
            return false;
        }
        if (!hasHeader()) {
            if (!isBlank(raw)) {
                header(raw);
            }
            return true;
        }
        List<String> cells = new ArrayList<>(width);
        boolean blank = true;
        for (int i = 0; i < raw.size(); i++) {
            String value = clean(raw.get(i), number, i);
            blank &= value.isEmpty();
            if (i < width) {
                cells.add(value);
            }
        }
        if (blank) {
            return true;
        }
        while (cells.size() < width) {
            cells.add("");
        }
        delivered++;
        if (!handler.row(number, Collections.unmodifiableList(cells))) {
            stopped = true;
        }
        return !stopped;
    }

    /** Whether the header row was found; without one the file is empty for an import. */
    void requireHeader() {
        if (!hasHeader()) {
            throw new SourceException("import.source.empty");
        }
    }

    private void header(List<String> raw) {
        int last = raw.size();
        if (last > SourceLimits.MAX_COLUMNS) {
            throw new SourceException("import.source.too-many-columns", last, SourceLimits.MAX_COLUMNS);
        }
        List<String> headers = new ArrayList<>(last);
        for (int i = 0; i < last; i++) {
            String name = clean(raw.get(i), 0, i);
            headers.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        width = headers.size();
        handler.headers(Collections.unmodifiableList(headers));
    }

    static boolean isBlank(List<String> raw) {
        for (String cell : raw) {
            if (!trim(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String cell, long number, int column) {
        String value = trim(cell);
        if (value.length() > SourceLimits.MAX_CELL_LENGTH) {
            throw new SourceException("import.source.cell-too-long", number, column + 1, SourceLimits.MAX_CELL_LENGTH);
        }
        return value;
    }

    /** Like {@link String#strip()}, and also the no-break space and BOM that Excel and web copies leave behind. */
    static String trim(String cell) {
        if (cell == null) {
            return "";
        }
        int from = 0;
        int to = cell.length();
        while (from < to && isSpace(cell.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(cell.charAt(to - 1))) {
            to--;
        }
        return cell.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
