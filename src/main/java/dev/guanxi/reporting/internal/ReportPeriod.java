package dev.guanxi.reporting.internal;

import dev.guanxi.shared.values.SalesPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** The days of one report, {@code start}..{@code end} both included, in the reader's time zone. */
public record ReportPeriod(Frequency frequency, LocalDate start, LocalDate end) {

    public ReportPeriod {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The day, ISO week or month that contains the date. */
    public static ReportPeriod containing(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case DAY -> new ReportPeriod(frequency, date, date);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(frequency, monday, monday.plusDays(6));
            }
            case MONTH -> new ReportPeriod(frequency, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** The complete period before this one: yesterday, last week, last month. */
    public ReportPeriod previous() {
        return containing(frequency, start.minusDays(1));
    }

    /**
     * The month whose targets the report holds the results against: the month the period starts in (a
     * week across two months is measured against the first).
     */
    public SalesPeriod targetMonth() {
        return SalesPeriod.containing(SalesPeriod.Granularity.MONTH, start);
    }
}
