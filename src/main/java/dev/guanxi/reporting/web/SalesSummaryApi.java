package dev.guanxi.reporting.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.reporting.internal.ReportPeriod;
import dev.guanxi.reporting.internal.ReportSubscriptions;
import dev.guanxi.reporting.internal.SalesReport;
import dev.guanxi.reporting.internal.SalesReports;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales summary (the numbers of the page and of the scheduled mail) and the caller's report subscriptions. */
@RestController
@Tag(name = "Reports")
class SalesSummaryApi {

    private final SalesReports reports;
    private final ReportSubscriptions subscriptions;

    SalesSummaryApi(SalesReports reports, ReportSubscriptions subscriptions) {
        this.reports = reports;
        this.subscriptions = subscriptions;
    }

    record Row(UUID ownerId, String ownerName, long newDeals, List<Money> newAmount, long stageMoves, long won,
               List<Money> wonAmount, long lost, List<Money> lostAmount, long activitiesDone, long activitiesOverdue,
               List<Money> revenueTarget, List<Money> revenueActual, Integer revenuePercent, Integer activitiesTarget,
               long activitiesActual, Integer activitiesPercent) {
        static Row of(SalesReport.Row r) {
            return new Row(r.ownerId(), r.name(), r.deals().created(), r.deals().createdAmount(), r.deals().stageMoves(),
                    r.deals().won(), r.deals().wonAmount(), r.deals().lost(), r.deals().lostAmount(), r.activitiesDone(),
                    r.activitiesOverdue(), r.revenueTarget(), r.revenueActual(), r.revenuePercent(), r.activitiesTarget(),
                    r.activitiesActual(), r.activitiesPercent());
        }
    }

    record Report(String period, LocalDate from, LocalDate to, String timeZone, String targetPeriod, List<Row> reps, Row total) {
    }

    @GetMapping("/api/v1/reports/sales-summary")
    @Operation(summary = "Sales summary of a day, ISO week or month: per rep in your scope deals created, moved, won and "
            + "lost, activities done and overdue, target against actual", description = "period: day, week (default) or "
            + "month; date: any day in it (default today in your time zone). Orders and contracts are not included yet.")
    Report summary(@RequestParam(required = false) String period, @RequestParam(required = false) String date) {
        CurrentUser me = CurrentUser.require();
        ReportPeriod days = ReportParameters.period(period, date, me);
        SalesReport report = reports.build(me, days);
        return new Report(days.frequency().code(), days.start(), days.end(), report.zone().getId(),
                report.targetMonth().code(), report.rows().stream().map(Row::of).toList(), Row.of(report.total()));
    }

    record Subscription(String frequency, boolean enabled, int sendHour, boolean isDefault) {
        static Subscription of(ReportSubscriptions.Subscription s) {
            return new Subscription(s.frequency().code(), s.enabled(), s.sendHour(), !s.chosen());
        }
    }

    record Subscriptions(List<Subscription> items) {
    }

    record SubscriptionsRequest(List<ReportSubscriptions.Choice> items) {
    }

    @GetMapping("/api/v1/reports/subscriptions")
    @Operation(summary = "Which scheduled sales reports you receive (day, week, month) and at what hour in your time zone")
    Subscriptions mine() {
        return new Subscriptions(subscriptions.of(CurrentUser.require()).stream().map(Subscription::of).toList());
    }

    @PutMapping("/api/v1/reports/subscriptions")
    @Operation(summary = "Choose which scheduled sales reports you receive", description = "items: [{frequency: day|week|month, "
            + "enabled, sendHour: 0-23}]; a field left out keeps its value. Weekly reports go out on Mondays, monthly on the 1st.")
    Subscriptions choose(@RequestBody SubscriptionsRequest request) {
        if (request == null || request.items() == null || request.items().isEmpty() || request.items().size() > 3) {
            throw ValidationException.of("items", "validation.report.items");
        }
        return new Subscriptions(subscriptions.save(CurrentUser.require(), request.items()).stream()
                .map(Subscription::of).toList());
    }
}
