package dev.guanxi.planning.web;

import dev.guanxi.identity.SalesUnit;
import dev.guanxi.planning.internal.TargetBoard;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.SalesPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Period and unit parameters of the target pages and API; malformed values are a 400 naming the parameter. */
final class TargetParameters {

    private TargetParameters() {
    }

    /** {@code period} (2026-11 or 2026-Q4); without it the current month or quarter ({@code granularity}). */
    static SalesPeriod period(Map<String, String> params) {
        String value = params.get("period");
        if (value == null || value.isBlank()) {
            String granularity = params.get("granularity");
            SalesPeriod.Granularity g = granularity == null || granularity.isBlank() ? SalesPeriod.Granularity.MONTH
                    : SalesPeriod.Granularity.fromCode(granularity.strip())
                    .orElseThrow(() -> new BadRequestException("problem.target.period", "granularity"));
            return SalesPeriod.current(g, TargetBoard.zone());
        }
        SalesPeriod period = period(value);
        String granularity = params.get("granularity");
        // the picker sends both: switching month ↔ quarter keeps the time and changes the length
        return granularity == null || granularity.isBlank() ? period
                : SalesPeriod.containing(SalesPeriod.Granularity.fromCode(granularity.strip())
                        .orElseThrow(() -> new BadRequestException("problem.target.period", "granularity")), period.start());
    }

    static SalesPeriod period(String value) {
        return SalesPeriod.parse(value).orElseThrow(() -> new BadRequestException("problem.target.period", "period"));
    }

    /** The unit named by one of ownerId, teamId, departmentId; null when none is given. */
    static SalesUnit unit(Map<String, String> params) {
        List<SalesUnit> named = new ArrayList<>();
        add(named, params.get("ownerId"), "ownerId", SalesUnit.Type.USER);
        add(named, params.get("teamId"), "teamId", SalesUnit.Type.TEAM);
        add(named, params.get("departmentId"), "departmentId", SalesUnit.Type.DEPARTMENT);
        if (named.size() > 1) {
            throw new BadRequestException("validation.target.unit", "ownerId");
        }
        return named.isEmpty() ? null : named.get(0);
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    private static void add(List<SalesUnit> named, String value, String name, SalesUnit.Type type) {
        UUID id = uuid(value, name);
        if (id != null) {
            named.add(new SalesUnit(type, id));
        }
    }
}
