package dev.guanxi.shared.values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month or a calendar quarter that forecasts and targets are set for, written {@code 2026-11} or
 * {@code 2026-Q4}. Dates of deals are plain dates; moments (an activity done, an account created) belong to
 * the period in which they fall in the given time zone, so a rep in Shanghai counts a call made at
 * 00:30 on 1 December local time in December, although it is still November in UTC.
 */
public record SalesPeriod(Granularity granularity, LocalDate start) implements Comparable<SalesPeriod> {

    public enum Granularity {
        MONTH("month"), QUARTER("quarter");

        private final String code;

        Granularity(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Granularity> fromCode(String code) {
            for (Granularity g : values()) {
                if (g.code.equals(code)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }

        int months() {
            return this == MONTH ? 1 : 3;
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public SalesPeriod {
        if (granularity == null || start == null || start.getDayOfMonth() != 1
                || (granularity == Granularity.QUARTER && (start.getMonthValue() - 1) % 3 != 0)) {
            throw new IllegalArgumentException("not the first day of a " + granularity + ": " + start);
        }
    }

    /** The period that contains {@code date}. */
    public static SalesPeriod containing(Granularity granularity, LocalDate date) {
        int month = granularity == Granularity.MONTH ? date.getMonthValue()
                : (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
        return new SalesPeriod(granularity, LocalDate.of(date.getYear(), month, 1));
    }

    /** The period that is current in {@code zone}. */
    public static SalesPeriod current(Granularity granularity, ZoneId zone) {
        return containing(granularity, LocalDate.now(zone));
    }

    /** {@code 2026-11} or {@code 2026-Q4}; anything else (or a year outside 2000–2999) is empty. */
    public static Optional<SalesPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int year = Integer.parseInt(month.group(1));
            int m = Integer.parseInt(month.group(2));
            return plausible(year) && m >= 1 && m <= 12
                    ? Optional.of(new SalesPeriod(Granularity.MONTH, LocalDate.of(year, m, 1))) : Optional.empty();
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            return plausible(year) ? Optional.of(new SalesPeriod(Granularity.QUARTER,
                    LocalDate.of(year, (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1))) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The periods of one granularity that overlap {@code from}..{@code to} (both inclusive), in order. */
    public static List<SalesPeriod> covering(Granularity granularity, LocalDate from, LocalDate to) {
        List<SalesPeriod> periods = new ArrayList<>();
        for (SalesPeriod p = containing(granularity, from); !p.start().isAfter(to); p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private static boolean plausible(int year) {
        return year >= 2000 && year <= 2999;
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return start.plusMonths(granularity.months()).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** The first moment of the period in {@code zone}. */
    public Instant startsAt(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in {@code zone} (exclusive end). */
    public Instant endsBefore(ZoneId zone) {
        return end().plusDays(1).atStartOfDay(zone).toInstant();
    }

    public SalesPeriod next() {
        return new SalesPeriod(granularity, start.plusMonths(granularity.months()));
    }

    public SalesPeriod previous() {
        return new SalesPeriod(granularity, start.minusMonths(granularity.months()));
    }

    /** {@code 2026-11} or {@code 2026-Q4}: the form {@link #parse} reads. */
    public String code() {
        return granularity == Granularity.MONTH ? String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue())
                : String.format(Locale.ROOT, "%d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public int compareTo(SalesPeriod other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
    }

    @Override
    public String toString() {
        return code();
    }
}
