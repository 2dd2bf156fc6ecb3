package dev.guanxi.identity;

import java.util.List;

/**
 * Who manages which users, teams and departments, for the forecast and sales plans: sales VPs and
 * administrators every unit; a sales manager the users and departments of their department's subtree
 * and the teams whose members all work there; everyone else nothing (they see only their own figures).
 */
public interface SalesUnits {

    /** Whether the unit exists and the current user may set figures for it. */
    boolean manages(SalesUnit unit);

    /** Whether the unit exists and the current user may see its figures: one they manage, or themselves. */
    boolean sees(SalesUnit unit);

    /** The active users the unit stands for: the user, the team's members, the department subtree's people. */
    List<UserSummary> members(SalesUnit unit);

    /** {@link #members} of many units with a fixed number of queries, however many units. */
    java.util.Map<SalesUnit, List<UserSummary>> members(java.util.Collection<SalesUnit> units);

    /** The units the current user manages, users first, then departments in tree order, then teams. */
    List<SalesUnit.Named> managed();

    /** The unit's display name, if it exists. */
    java.util.Optional<String> name(SalesUnit unit);
}
