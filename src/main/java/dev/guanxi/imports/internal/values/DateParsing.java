package dev.guanxi.imports.internal.values;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them into spreadsheets: ISO {@code 2017-03-01}, {@code 2017/3/1}, {@code 2017.3.1},
 * {@code 20170301}, {@code 2017年3月1日}, {@code 1/3/2017} (day and month order per {@link DateOrder}), two-digit years
 * ({@code 00–69} → 20xx, {@code 70–99} → 19xx), and any of these followed by a time of day
 * ({@code 2017-03-01 10:20:00}, {@code 2017-03-01T10:20}). Full-width digits are accepted. Excel serial numbers are
 * not: the file readers already turn date cells into ISO text, and a bare number in a text column is not a date.
 * Impossible dates (2017-02-30) are empty, never rolled over.
 */
public final class DateParsing {

    /** The order of day and month in a date whose year comes last (or that has a two-digit year). */
    public enum DateOrder {
        /**
         * Only what the value itself reveals: a first part above 12 is a day, a second part above 12 is a day.
         * A value that stays ambiguous (1/3/2017) gives empty: decide the column's order with {@link #guess} instead
         * of guessing value by value.
         */
        AUTO,
        /** Year first, also for two-digit years: 17/3/1 is 2017-03-01. */
        YMD,
        /** 1/3/2017 is 1 March. */
        DMY,
        /** 1/3/2017 is 3 January. */
        MDY
    }

    private static final Pattern TIME_SUFFIX = Pattern.compile(
            "(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern CHINESE = Pattern.compile("(\\d{2}|\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})");

    private DateParsing() {
    }

    public static Optional<LocalDate> parse(String text, DateOrder order) {
        return split(text).flatMap(parts -> date(parts.date(), order));
    }

    /**
     * A date with an optional time of day; date-only values are the start of that day in {@code zone}, a value with
     * an offset ({@code Z}, {@code +08:00}) keeps its offset.
     */
    public static Optional<Instant> parseDateTime(String text, DateOrder order, ZoneId zone) {
        Optional<Parts> split = split(text);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Parts parts = split.get();
        return date(parts.date(), order).flatMap(date -> {
            if (parts.time() == null) {
                return Optional.of(date.atStartOfDay(zone).toInstant());
            }
            try {
                LocalTime time = time(parts.time());
                String offset = parts.time().group(5);
                if (offset != null) {
                    return Optional.of(date.atTime(time).atOffset(ZoneOffset.of(offset(offset))).toInstant());
                }
                return Optional.of(date.atTime(time).atZone(zone).toInstant());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The day/month order of a column, from many of its values: a first part above 12 can only be a day (DMY), a
     * second part above 12 only a day (MDY); the order with more such values wins. Without any evidence (every
     * value could be either way) DMY, the order of most of the world outside the US; YMD values are no evidence
     * either way.
     */
    public static DateOrder guess(Iterable<String> samples) {
        int dayFirst = 0;
        int monthFirst = 0;
        for (String sample : samples) {
            Optional<Parts> parts = split(sample);
            if (parts.isEmpty()) {
                continue;
            }
            Matcher m = SEPARATED.matcher(parts.get().date());
            if (!m.matches() || m.group(1).length() > 2) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            if (first > 12 && second <= 12) {
                dayFirst++;
            } else if (second > 12 && first <= 12) {
                monthFirst++;
            }
        }
        return monthFirst > dayFirst ? DateOrder.MDY : DateOrder.DMY;
    }

    private record Parts(String date, Matcher time) {
    }

    private static Optional<Parts> split(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher time = TIME_SUFFIX.matcher(value);
        if (time.find() && time.start() > 0) {
            return Optional.of(new Parts(value.substring(0, time.start()).strip(), time));
        }
        return Optional.of(new Parts(value, null));
    }

    private static Optional<LocalDate> date(String value, DateOrder order) {
        DateOrder chosen = order == null ? DateOrder.AUTO : order;
        Matcher m = CHINESE.matcher(value);
        if (m.matches()) {
            return of(year(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        m = COMPACT.matcher(value);
        if (m.matches()) {
            return of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        m = SEPARATED.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String a = m.group(1);
        String b = m.group(3);
        String c = m.group(4);
        if (a.length() == 4 || a.length() == 3) {
            return c.length() > 2 ? Optional.empty() : of(number(a), number(b), number(c));
        }
        if (c.length() == 3) {
            return Optional.empty();
        }
        if (chosen == DateOrder.YMD && c.length() <= 2) {
            return of(year(a), number(b), number(c));
        }
        int first = number(a);
        int second = number(b);
        int year = year(c);
        return switch (chosen) {
            case DMY -> of(year, second, first);
            case MDY -> of(year, first, second);
            case YMD, AUTO -> {
                if (first > 12 && second <= 12 || first == second) {
                    yield of(year, second, first);
                }
                if (second > 12 && first <= 12) {
                    yield of(year, first, second);
                }
                yield Optional.empty();
            }
        };
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = number(digits);
        if (digits.length() <= 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static LocalTime time(Matcher m) {
        int nanos = 0;
        if (m.group(4) != null) {
            nanos = Integer.parseInt((m.group(4) + "000000000").substring(0, 9));
        }
        return LocalTime.of(number(m.group(1)), number(m.group(2)), m.group(3) == null ? 0 : number(m.group(3)), nanos);
    }

    private static String offset(String offset) {
        if (offset.equals("Z") || offset.contains(":")) {
            return offset;
        }
        return offset.substring(0, 3) + ":" + offset.substring(3);
    }
}
