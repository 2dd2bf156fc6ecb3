package dev.guanxi.imports.internal.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a numeric Excel cell becomes text for an import: dates as ISO, other numbers as plain digits — never what the
 * cell's display format shows (a phone number 13800138000 in "General" would display as 1.38E+10).
 */
final class ExcelCells {

    /** Excel keeps 15 significant digits; more are binary noise (0.1 + 0.2 is stored as 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ExcelCells() {
    }

    static String numeric(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return dateTime(value, date1904);
        }
        if (formatString != null && isPercent(formatString)) {
            // what the user sees ("15%"), which NumberParsing reads back as 15
            return plain(value * 100) + "%";
        }
        return plain(value);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** A date as yyyy-MM-dd, with " HH:mm:ss" when it has a time of day; a bare time (below one day) as HH:mm:ss. */
    static String dateTime(double value, boolean date1904) {
        LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
        if (value >= 0 && value < 1) {
            return time.toLocalTime().format(TIME);
        }
        return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.format(DATE) : time.format(DATE_TIME);
    }

    private static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** Plugs {@link #numeric} into POI's streaming sheet handler, which formats every numeric cell through this. */
    static final class Formatter extends DataFormatter {

        private final boolean date1904;

        Formatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return numeric(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            return numeric(value, formatIndex, formatString, date1904 || use1904Windowing);
        }
    }
}
