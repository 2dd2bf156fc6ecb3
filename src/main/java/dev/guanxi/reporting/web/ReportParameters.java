package dev.guanxi.reporting.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.reporting.internal.Frequency;
import dev.guanxi.reporting.internal.ReportPeriod;
import dev.guanxi.reporting.internal.SalesReports;
import dev.guanxi.shared.problem.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code period=day|week|month} (default week) and {@code date=YYYY-MM-DD} (default today, the reader's time zone). */
final class ReportParameters {

    private ReportParameters() {
    }

    static ReportPeriod period(String period, String date, CurrentUser reader) {
        Frequency frequency = period == null || period.isBlank() ? Frequency.WEEK
                : Frequency.fromCode(period).orElseThrow(() -> new BadRequestException("problem.report.period", "period"));
        LocalDate day;
        if (date == null || date.isBlank()) {
            day = LocalDate.now(SalesReports.zoneOf(reader));
        } else {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("problem.report.date", "date");
            }
        }
        return ReportPeriod.containing(frequency, day);
    }
}
