package dev.guanxi.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo company's departments and people exist (GUANXI_DEMO_DATA): the customer module now gives
 * its sales team customers. Published inside the loading transaction and heard by plain synchronous
 * listeners, so the whole demo is loaded in one go, or not at all, and the same every time.
 *
 * @param salesTeam who sells where: the owners of demo accounts
 * @param loaded    what was created so far, by kind ("users" → 20); each listener adds its own counts so
 *                  that the loader can report the whole demo in one log line. Deliberately mutable and
 *                  shared along the chain of demo events — it never leaves the loading thread.
 */
public record DemoCompanyCreated(List<Seller> salesTeam, Map<String, Integer> loaded) {

    public DemoCompanyCreated {
        salesTeam = List.copyOf(salesTeam);
    }

    /** A sales manager or rep of the demo company and the market their department covers. */
    public record Seller(UUID userId, UUID departmentId, Territory territory, boolean manager) {
    }

    /** The markets of the demo company's sales departments. */
    public enum Territory {
        EAST_CHINA, SOUTH_CHINA, NORTH_CHINA, INTERNATIONAL
    }
}
