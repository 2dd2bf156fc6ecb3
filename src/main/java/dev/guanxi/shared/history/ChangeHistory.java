package dev.guanxi.shared.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who changed what, when, from what to what" for any audited record, read from its Envers
 * revisions. The caller says which fields to show and how to render a value (an owner id as the
 * owner's name, an enum in the user's language).
 */
@Component
public class ChangeHistory {

    private final EntityManager entityManager;

    public ChangeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first; at most {@code limit} change sets. */
    @Transactional(readOnly = true)
    public <T> List<ChangeSet> of(Class<T> type, UUID id, Map<String, Function<T, Object>> fields, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ChangeSet> changes = new ArrayList<>();
        T previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T state = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            List<FieldChange> fieldChanges = previous == null || kind != RevisionType.MOD
                    ? List.of() : diff(previous, state, fields);
            if (kind != RevisionType.MOD || !fieldChanges.isEmpty()) {
                changes.add(new ChangeSet(revision.getId(), revision.getChangedAt(), revision.getUserName(),
                        kind == RevisionType.ADD ? ChangeSet.Kind.CREATED
                                : kind == RevisionType.DEL ? ChangeSet.Kind.REMOVED : ChangeSet.Kind.CHANGED,
                        fieldChanges));
            }
            previous = state;
        }
        Collections.reverse(changes);
        return changes.size() > limit ? List.copyOf(changes.subList(0, limit)) : changes;
    }

    private static <T> List<FieldChange> diff(T before, T after, Map<String, Function<T, Object>> fields) {
        List<FieldChange> result = new ArrayList<>();
        fields.forEach((name, getter) -> {
            Object oldValue = getter.apply(before);
            Object newValue = getter.apply(after);
            if (!Objects.equals(normalize(oldValue), normalize(newValue))) {
                result.add(new FieldChange(name, oldValue, newValue));
            }
        });
        return result;
    }

    private static Object normalize(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        return value;
    }

    public record ChangeSet(long revision, java.time.Instant at, String actorName, Kind kind, List<FieldChange> changes) {
        public enum Kind { CREATED, CHANGED, REMOVED }
    }

    public record FieldChange(String field, Object oldValue, Object newValue) {
    }
}
