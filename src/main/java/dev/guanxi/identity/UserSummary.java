package dev.guanxi.identity;

import java.util.UUID;

/** A user as other modules show it: in an owner column, a picker, a change history. */
public record UserSummary(UUID id, String name, String email, UUID departmentId, String departmentName, boolean active) {
}
