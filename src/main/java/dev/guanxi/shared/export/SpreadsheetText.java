package dev.guanxi.shared.export;

/**
 * Text for a spreadsheet cell that a spreadsheet application will not run: a value starting with
 * {@code = + - @}, a tab or a carriage return could be read as a formula (CSV injection), so it gets a
 * leading apostrophe, which Excel and LibreOffice show as text. Numbers are written as numbers and
 * never pass through here, so a negative amount stays a negative amount.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
