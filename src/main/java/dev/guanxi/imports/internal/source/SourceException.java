package dev.guanxi.imports.internal.source;

/**
 * A file that cannot be read as an import source, with a message key so the user is told why in their language.
 * <p>
 * Keys (translations belong to the import engine's message bundle):
 * <ul>
 * <li>{@code import.source.unreadable} — the file is not a readable CSV, Excel or vCard file (corrupt, renamed, a
 * zip bomb, an unsupported format); args: none</li>
 * <li>{@code import.source.encrypted} — the Excel file is password protected; args: none</li>
 * <li>{@code import.source.empty} — the file has no header row (no non-blank row at all); args: none</li>
 * <li>{@code import.source.encoding} — the text cannot be decoded with the (detected or chosen) character set;
 * args: {0} data row number where it happens (0 = the header row), {1} the character set name</li>
 * <li>{@code import.source.malformed} — the CSV text is broken (for example a quote that is never closed);
 * args: {0} data row number (0 = the header row)</li>
 * <li>{@code import.source.too-many-columns} — the header row has more columns than allowed;
 * args: {0} the number of columns, {1} the maximum</li>
 * <li>{@code import.source.cell-too-long} — a cell is longer than allowed; args: {0} data row number (0 = header),
 * {1} column number (1-based), {2} the maximum length</li>
 * <li>{@code import.source.row-too-long} — one CSV record is larger than any valid row could be (usually a quote that
 * is never closed); args: {0} data row number (0 = header), {1} the maximum number of characters</li>
 * </ul>
 */
public class SourceException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public SourceException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public SourceException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + describe(args), cause);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    private static String describe(Object[] args) {
        return args == null || args.length == 0 ? "" : " " + java.util.Arrays.toString(args);
    }
}
