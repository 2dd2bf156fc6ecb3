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
    private final org.springframework.context.MessageSource messages;

    public ChangeHistory(EntityManager entityManager, org.springframework.context.MessageSource messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    /**
     * The history as people read it: field names as message keys ({@code prefix + field}), ids shown
     * as the names {@code names} finds for them, {@link Label}s and yes/no in the user's language.
     */
    @Transactional(readOnly = true)
    public <T> List<Entry> present(Class<T> type, UUID id, Map<String, Function<T, Object>> fields, String fieldKeyPrefix,
                                   Function<java.util.Set<UUID>, Map<UUID, String>> names, int limit) {
        List<ChangeSet> sets = of(type, id, fields, limit);
        java.util.Set<UUID> referenced = new java.util.HashSet<>();
        sets.forEach(set -> set.changes().forEach(change -> java.util.stream.Stream.of(change.oldValue(), change.newValue())
                .filter(UUID.class::isInstance).map(UUID.class::cast).forEach(referenced::add)));
        Map<UUID, String> shownNames = referenced.isEmpty() ? Map.of() : names.apply(referenced);
        return sets.stream().map(set -> new Entry(set, set.changes().stream()
                .map(change -> new ShownChange(change.field(), fieldKeyPrefix + change.field(),
                        shown(change.oldValue(), shownNames), shown(change.newValue(), shownNames)))
                .toList())).toList();
    }

    private Object shown(Object value, Map<UUID, String> names) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (value instanceof UUID id) {
            return names.getOrDefault(id, "—");
        }
        if (value instanceof Label label) {
            return messages.getMessage(label.messageKey(), null, label.messageKey(), locale);
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "value.yes" : "value.no", null, locale);
        }
        return value;
    }

    /** A value shown translated, e.g. an enumeration's label; make one with {@link #label}. */
    public record Label(String messageKey) {
    }

    /** The label {@code prefix + code} of an enumeration value, or null. */
    public static Label label(String prefix, dev.guanxi.shared.values.CodedEnum value) {
        return value == null ? null : new Label(prefix + value.code());
    }

    public record Entry(ChangeSet changeSet, List<ShownChange> changes) {
    }

    public record ShownChange(String field, String fieldKey, Object oldValue, Object newValue) {
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
