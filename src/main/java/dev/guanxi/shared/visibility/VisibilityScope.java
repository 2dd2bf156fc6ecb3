package dev.guanxi.shared.visibility;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which records a user may see. Records carry {@code owner_id} and {@code department_id} (the owner's
 * department); a record without owner sits in the shared pool and is readable by everyone.
 * <ul>
 *   <li>{@link Reach#ALL}: administrators and sales VPs see every record;</li>
 *   <li>{@link Reach#DEPARTMENTS}: a manager sees every record of the listed departments (the
 *       subtree of their own department) — their own records are in it;</li>
 *   <li>{@link Reach#OWN}: everyone else sees the records they own.</li>
 * </ul>
 * Every list, search, report, export and single-record read applies this scope in its SQL through
 * {@link #ownedSql} or {@link #readableSql}; no controller filters on its own.
 */
public record VisibilityScope(UUID userId, Reach reach, List<UUID> departmentIds) {

    public enum Reach { ALL, DEPARTMENTS, OWN, NONE }

    public VisibilityScope {
        departmentIds = List.copyOf(departmentIds);
        if (reach == Reach.DEPARTMENTS && departmentIds.isEmpty()) {
            reach = userId == null ? Reach.NONE : Reach.OWN;
        }
    }

    /** For background work with no user: sees nothing unless a job asks for {@link #system()}. */
    public static VisibilityScope none() {
        return new VisibilityScope(null, Reach.NONE, List.of());
    }

    /** For jobs that act for the company as a whole (demo data, migrations of records). */
    public static VisibilityScope system() {
        return new VisibilityScope(null, Reach.ALL, List.of());
    }

    public boolean seesEverything() {
        return reach == Reach.ALL;
    }

    /** The owned records this scope reaches (the pool excluded): what lists show by default. */
    public boolean owns(UUID ownerId, UUID departmentId) {
        return switch (reach) {
            case ALL -> true;
            case DEPARTMENTS -> ownerId != null && (ownerId.equals(userId) || departmentIds.contains(departmentId));
            case OWN -> ownerId != null && ownerId.equals(userId);
            case NONE -> false;
        };
    }

    /** Whether a record may be read: owned within scope, or unowned (pool). */
    public boolean canRead(UUID ownerId, UUID departmentId) {
        return reach != Reach.NONE && (ownerId == null || owns(ownerId, departmentId));
    }

    /** SQL condition on {@code alias.owner_id/department_id} for records owned within scope. */
    public SqlCondition ownedSql(String alias) {
        String a = SqlCondition.alias(alias);
        return switch (reach) {
            case ALL -> new SqlCondition(a + "owner_id is not null", Map.of());
            case DEPARTMENTS -> new SqlCondition(
                    "(" + a + "department_id in (:visibleDepartments) or " + a + "owner_id = :visibleOwner)",
                    Map.of("visibleDepartments", departmentIds, "visibleOwner", userId));
            case OWN -> new SqlCondition(a + "owner_id = :visibleOwner", Map.of("visibleOwner", userId));
            case NONE -> new SqlCondition("false", Map.of());
        };
    }

    /** SQL condition for records that may be read: owned within scope, or in the pool. */
    public SqlCondition readableSql(String alias) {
        String a = SqlCondition.alias(alias);
        return switch (reach) {
            case ALL -> new SqlCondition("true", Map.of());
            case NONE -> new SqlCondition("false", Map.of());
            default -> {
                SqlCondition owned = ownedSql(alias);
                yield new SqlCondition("(" + a + "owner_id is null or " + owned.sql() + ")", owned.params());
            }
        };
    }
}
