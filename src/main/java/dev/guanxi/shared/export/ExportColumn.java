package dev.guanxi.shared.export;

import java.util.function.Function;

/**
 * One column of an exported list: its header (a message key, written in the user's language) and the
 * value of a row. Numbers stay numbers (numeric cells in Excel); dates and instants are written as
 * ISO text in the user's time zone; everything else as text, neutralised against formula injection.
 */
public record ExportColumn<T>(String headerKey, Function<T, Object> value) {

    public static <T> ExportColumn<T> of(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, value);
    }

    /** A coded value written as its label in the user's language: message key {@code prefix + code}. */
    public static <T> ExportColumn<T> label(String headerKey, String prefix, Function<T, String> code) {
        return new ExportColumn<>(headerKey, row -> {
            String value = code.apply(row);
            return value == null ? null : new Label(prefix + value, value);
        });
    }

    /** A message key, with the code itself as the fallback text. */
    record Label(String key, String code) {
    }
}
