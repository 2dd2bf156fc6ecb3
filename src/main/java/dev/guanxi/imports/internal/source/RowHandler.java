package dev.guanxi.imports.internal.source;

import java.util.List;

/**
 * Receives a file row by row, so a file of any size streams through without being held in memory.
 * <p>
 * Every cell is stripped of surrounding whitespace; an empty cell is {@code ""}, never null. The cells list of a row
 * has exactly as many entries as the header: short rows are padded with {@code ""}, cells beyond the last header
 * column are dropped (a row whose only values are beyond the header is still delivered, with empty cells, so the
 * user sees that the row exists rather than losing it silently).
 */
public interface RowHandler {

    /** Called once, before any row: the header row, blank names replaced by "Column N" (1-based), duplicates kept. */
    void headers(List<String> headers);

    /**
     * Called for every data row in file order.
     *
     * @param number the 1-based data-row number: the row after the header is 1. Blank rows (all cells empty) are not
     *               delivered but still use up their number, so the numbers of one file are the same on every read
     *               and match what the user sees in a spreadsheet (number + header line)
     * @return false to stop reading
     */
    boolean row(long number, List<String> cells);
}
