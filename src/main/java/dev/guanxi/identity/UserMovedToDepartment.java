package dev.guanxi.identity;

import java.util.UUID;

/** A user now belongs to another department (or to none); their records move with them. */
public record UserMovedToDepartment(UUID userId, UUID departmentId) {
}
