package dev.guanxi.sales.internal.forecast;

import java.util.List;
import java.util.UUID;

/** Whose forecast: one rep, a department subtree, or a team's members; all within the user's visibility. */
public record ForecastCriteria(UUID ownerId, List<UUID> departmentIds, UUID teamId) {

    public static final ForecastCriteria ALL = new ForecastCriteria(null, List.of(), null);

    public ForecastCriteria {
        departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
    }
}
