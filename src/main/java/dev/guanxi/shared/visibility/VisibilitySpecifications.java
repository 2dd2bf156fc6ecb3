package dev.guanxi.shared.visibility;

import jakarta.persistence.criteria.Path;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The same rules as {@link VisibilityScope#readableSql} for JPA queries, so loading one record by id
 * applies visibility in its query: a record the user may not see is simply not found.
 * Entities name their columns {@code ownerId}, {@code departmentId} and {@code deletedAt}.
 */
public final class VisibilitySpecifications {

    private VisibilitySpecifications() {
    }

    public static <T> Specification<T> readable(VisibilityScope scope) {
        return (root, query, cb) -> {
            Path<UUID> owner = root.get("ownerId");
            return switch (scope.reach()) {
                case ALL -> cb.conjunction();
                case NONE -> cb.disjunction();
                case OWN -> cb.or(cb.isNull(owner), cb.equal(owner, scope.userId()));
                case DEPARTMENTS -> cb.or(cb.isNull(owner), cb.equal(owner, scope.userId()),
                        root.get("departmentId").in(scope.departmentIds()));
            };
        };
    }

    /** The record with this id if the scope may read it and it is live (or, with {@code deleted}, in the recycle bin). */
    public static <T> Specification<T> readableById(UUID id, VisibilityScope scope, boolean deleted) {
        Specification<T> state = deleted ? deleted() : live();
        return VisibilitySpecifications.<T>id(id).and(state).and(readable(scope));
    }

    public static <T> Specification<T> live() {
        return (root, query, cb) -> cb.isNull(root.get("deletedAt"));
    }

    public static <T> Specification<T> deleted() {
        return (root, query, cb) -> cb.isNotNull(root.get("deletedAt"));
    }

    public static <T> Specification<T> id(UUID id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }
}
