package dev.guanxi.identity;

import java.util.UUID;

/** A department with its place in the tree ({@code depth} 0 for a top department). */
public record DepartmentSummary(UUID id, String name, UUID parentId, int depth) {
}
