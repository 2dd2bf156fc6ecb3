package dev.guanxi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read access to users and departments for other modules. */
public interface UserDirectory {

    Optional<UserSummary> find(UUID userId);

    /** Many users in one query (for list pages: no query per row). */
    Map<UUID, UserSummary> findAll(Collection<UUID> userIds);

    /** Active users the current user may assign records to: self; the subtree for managers; all for VPs and admins. */
    List<UserSummary> assignableUsers();

    /** Every active user, by name: colleagues anyone may name, e.g. on a deal's team. */
    List<UserSummary> activeUsers();

    /** Whether the current user may make {@code userId} the owner of a record. */
    boolean mayAssignTo(UUID userId);

    /** The department tree in display order (parents before children). */
    List<DepartmentSummary> departments();

    Optional<DepartmentSummary> department(UUID departmentId);

    /** Teams by name (id and name), for pickers. */
    List<TeamSummary> teams();

    /**
     * The active sales managers responsible for a department: its own, or where it has none, those of
     * the nearest department above it that has one (who hear about its deals' alarms).
     */
    List<UserSummary> salesManagersOf(UUID departmentId);

    /** The department and every department below it. */
    List<UUID> subtreeOf(UUID departmentId);

    /**
     * The active user with roles, language, time zone and department subtree, loaded as a sign-in loads
     * them — for work a background job does on a user's behalf (a report in their scope, say).
     */
    Optional<CurrentUser> actor(UUID userId);

    /**
     * The active sales people (reps, managers, VPs) whose records the scope reaches: everyone for
     * {@code ALL}, the departments' people (and the scope's own user) for {@code DEPARTMENTS}, the
     * user alone for {@code OWN} — by name.
     */
    List<UserSummary> salesPeopleIn(dev.guanxi.shared.visibility.VisibilityScope scope);
}
