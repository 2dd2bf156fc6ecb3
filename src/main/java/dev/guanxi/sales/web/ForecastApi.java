package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.sales.internal.forecast.ForecastAccuracy;
import dev.guanxi.sales.internal.forecast.ForecastOverrides;
import dev.guanxi.sales.internal.forecast.ForecastReport;
import dev.guanxi.sales.internal.forecast.ForecastSnapshots;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.SalesPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/forecast} and {@code /forecast-accuracy}; judgement figures under
 * {@code /api/v1/forecast/overrides}; an on-demand snapshot for administrators.
 */
@RestController
@Tag(name = "Forecast")
class ForecastApi {

    private final ForecastReport report;
    private final ForecastOverrides overrides;
    private final ForecastAccuracy accuracy;
    private final ForecastSnapshots snapshots;
    private final ForecastParameters parameters;

    ForecastApi(ForecastReport report, ForecastOverrides overrides, ForecastAccuracy accuracy, ForecastSnapshots snapshots,
                ForecastParameters parameters) {
        this.report = report;
        this.overrides = overrides;
        this.accuracy = accuracy;
        this.snapshots = snapshots;
        this.parameters = parameters;
    }

    @GetMapping("/api/v1/reports/forecast")
    @Operation(summary = "Forecast per rep, department and total: pipeline, weighted, best case, commit, closed won",
            description = "period (2026-11 or 2026-Q4), or from/to with granularity (month|quarter); ownerId (or 'me'), "
                    + "departmentId (or 'mine'), teamId. Default: the current month in the caller's time zone.")
    ForecastView forecast(@RequestParam Map<String, String> params) {
        List<SalesPeriod> periods = parameters.periods(params);
        var criteria = parameters.criteria(params);
        return new ForecastView(periods.get(0).granularity().code(),
                periods.stream().map(p -> ForecastView.Period.of(report.run(p, criteria))).toList());
    }

    /** A judgement figure for exactly one of ownerId, teamId, departmentId. */
    record OverrideRequest(String period, UUID ownerId, UUID teamId, UUID departmentId, BigDecimal amount,
                           String currency, String note) {
        SalesUnit unit() {
            List<SalesUnit> named = Stream.of(ownerId == null ? null : SalesUnit.user(ownerId),
                    teamId == null ? null : SalesUnit.team(teamId),
                    departmentId == null ? null : SalesUnit.department(departmentId))
                    .filter(java.util.Objects::nonNull).toList();
            if (named.size() != 1) {
                throw ValidationException.of("ownerId", "validation.forecast.unit");
            }
            return named.get(0);
        }
    }

    @PutMapping("/api/v1/forecast/overrides")
    @Operation(summary = "Set the judgement figure of a rep, team or department for a period (managers within their "
            + "scope, VPs, administrators); earlier figures stay in the history")
    ForecastView.Override override(@RequestBody OverrideRequest request) {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.forecast.override-denied");
        }
        SalesUnit unit = request.unit();
        SalesPeriod period = ForecastParameters.period(request.period());
        return ForecastView.Override.of(overrides.set(unit, period,
                new ForecastOverrides.Judgement(request.amount(), request.currency(), request.note())));
    }

    @GetMapping("/api/v1/forecast/overrides")
    @Operation(summary = "Every judgement figure given for a rep, team or department and period, newest first")
    Map<String, Object> overrideHistory(@RequestParam Map<String, String> params) {
        OverrideRequest request = new OverrideRequest(params.get("period"),
                OpportunityFilterParameters.uuid(params.get("ownerId"), "ownerId"),
                OpportunityFilterParameters.uuid(params.get("teamId"), "teamId"),
                OpportunityFilterParameters.uuid(params.get("departmentId"), "departmentId"), null, null, null);
        SalesUnit unit = request.unit();
        return Map.of("items", overrides.history(unit, ForecastParameters.period(params.get("period"))).stream()
                .map(ForecastView.Override::of).toList());
    }

    record AccuracyLine(LocalDate snapshotDate, String period, UUID ownerId, String ownerName, UUID departmentId,
                        String departmentName, String currency, String weighted, String committed, String actual,
                        String weightedErrorPercent, String committedErrorPercent) {
        static AccuracyLine of(ForecastAccuracy.Line l) {
            return new AccuracyLine(l.snapshotDate(), l.period().code(), l.ownerId(), l.ownerName(), l.departmentId(),
                    l.departmentName(), l.currency(), l.weighted().toPlainString(), l.committed().toPlainString(),
                    l.actual().toPlainString(), text(l.weightedError()), text(l.committedError()));
        }

        private static String text(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }

    record AccuracyView(String granularity, LocalDate from, LocalDate to, List<AccuracyLine> reps,
                        List<AccuracyLine> departments) {
    }

    @GetMapping("/api/v1/reports/forecast-accuracy")
    @Operation(summary = "Forecast accuracy: each snapshot's weighted and committed forecast against the amount won, "
            + "with the error in percent", description = "Periods as the forecast report; ownerId, departmentId, teamId.")
    AccuracyView accuracy(@RequestParam Map<String, String> params) {
        List<SalesPeriod> periods = parameters.periods(params);
        SalesPeriod.Granularity granularity = periods.get(0).granularity();
        LocalDate from = periods.get(0).start();
        LocalDate to = periods.get(periods.size() - 1).start();
        ForecastAccuracy.Accuracy result = accuracy.report(granularity, from, to, parameters.criteria(params),
                CurrentUser.require().scope());
        return new AccuracyView(granularity.code(), from, periods.get(periods.size() - 1).end(),
                result.reps().stream().map(AccuracyLine::of).toList(),
                result.departments().stream().map(AccuracyLine::of).toList());
    }

    @PostMapping("/api/v1/forecast/snapshots")
    @Operation(summary = "Take today's forecast snapshot now (administrators; the weekly job does the same)")
    Map<String, Object> snapshot() {
        if (!CurrentUser.require().isAdmin()) {
            throw new ForbiddenException("problem.forecast.snapshot-denied");
        }
        return Map.of("rows", snapshots.takeToday());
    }
}
