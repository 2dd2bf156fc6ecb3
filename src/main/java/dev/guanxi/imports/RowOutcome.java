package dev.guanxi.imports;

import java.util.UUID;

/** Where one row ended: exactly one of created, updated, skipped or rejected (with the reason). */
public record RowOutcome(long number, Kind kind, UUID recordId, String field, String reasonKey, Object[] reasonArgs) {

    public enum Kind { CREATED, UPDATED, SKIPPED, REJECTED }

    public static RowOutcome created(long number, UUID id) {
        return new RowOutcome(number, Kind.CREATED, id, null, null, null);
    }

    public static RowOutcome updated(long number, UUID id) {
        return new RowOutcome(number, Kind.UPDATED, id, null, null, null);
    }

    public static RowOutcome skipped(long number, UUID id) {
        return new RowOutcome(number, Kind.SKIPPED, id, null, null, null);
    }

    /** A refused row; {@code reasonKey} is a message key, {@code field} the field at fault or null. */
    public static RowOutcome rejected(long number, String field, String reasonKey, Object... args) {
        return new RowOutcome(number, Kind.REJECTED, null, field, reasonKey, args);
    }

    /**
     * The outcomes with every update of a record in {@code lostRecordIds} turned into a rejection: the
     * version-guarded UPDATE found the record changed meanwhile, and the other user's edit was kept.
     */
    public static java.util.List<RowOutcome> rejectLostUpdates(java.util.List<RowOutcome> outcomes,
                                                               java.util.Set<UUID> lostRecordIds) {
        return outcomes.stream().map(o -> o.kind() == Kind.UPDATED && lostRecordIds.contains(o.recordId())
                ? rejected(o.number(), null, "import.row.changed-meanwhile") : o).toList();
    }
}
