package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.forecast.ForecastCriteria;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.SalesPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Query parameters of the forecast page and reports: {@code period} (2026-11 or 2026-Q4), or {@code from}
 * and {@code to} with {@code granularity} (month or quarter), and whose forecast ({@code ownerId} or
 * {@code me}, {@code departmentId} or {@code mine}, {@code teamId}). Without a period it is the current
 * month in the user's time zone. Malformed values are a 400 naming the parameter.
 */
@Component
class ForecastParameters {

    static final int MAX_PERIODS = 24;

    private final OpportunityFilterParameters filters;

    ForecastParameters(OpportunityFilterParameters filters) {
        this.filters = filters;
    }

    ForecastCriteria criteria(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        return new ForecastCriteria("me".equals(params.get("ownerId")) ? me.id()
                : OpportunityFilterParameters.uuid(params.get("ownerId"), "ownerId"),
                filters.departments(params.get("departmentId"), me),
                OpportunityFilterParameters.uuid(params.get("teamId"), "teamId"));
    }

    SalesPeriod.Granularity granularity(Map<String, String> params) {
        String value = params.get("granularity");
        if (value == null || value.isBlank()) {
            SalesPeriod period = explicitPeriod(params);
            return period == null ? SalesPeriod.Granularity.MONTH : period.granularity();
        }
        return SalesPeriod.Granularity.fromCode(value.strip())
                .orElseThrow(() -> new BadRequestException("problem.forecast.granularity", "granularity"));
    }

    /** The periods asked for: one {@code period}, those covering {@code from}..{@code to}, or the current one. */
    List<SalesPeriod> periods(Map<String, String> params) {
        SalesPeriod.Granularity granularity = granularity(params);
        SalesPeriod period = explicitPeriod(params);
        if (period != null) {
            if (period.granularity() != granularity) {
                throw new BadRequestException("problem.forecast.granularity", "granularity");
            }
            return List.of(period);
        }
        LocalDate from = OpportunityFilterParameters.date(params.get("from"), "from");
        LocalDate to = OpportunityFilterParameters.date(params.get("to"), "to");
        if (from == null && to == null) {
            return List.of(SalesPeriod.current(granularity, zone()));
        }
        from = from == null ? to : from;
        to = to == null ? from : to;
        if (from.isAfter(to)) {
            throw new BadRequestException("problem.filter.invalid", "from");
        }
        if (from.plusMonths((long) MAX_PERIODS * (granularity == SalesPeriod.Granularity.MONTH ? 1 : 3)).isBefore(to)) {
            throw new BadRequestException("problem.forecast.too-many-periods", "to", MAX_PERIODS);
        }
        return SalesPeriod.covering(granularity, from, to);
    }

    /** The single period named by {@code period}, or null. */
    static SalesPeriod explicitPeriod(Map<String, String> params) {
        String value = params.get("period");
        if (value == null || value.isBlank()) {
            return null;
        }
        return period(value);
    }

    static SalesPeriod period(String value) {
        return SalesPeriod.parse(value).orElseThrow(() -> new BadRequestException("problem.forecast.period", "period"));
    }

    /** The user's time zone: it decides which month or quarter is "now". */
    static ZoneId zone() {
        try {
            return ZoneId.of(CurrentUser.require().timeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
