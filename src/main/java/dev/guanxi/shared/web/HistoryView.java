package dev.guanxi.shared.web;

import dev.guanxi.shared.history.ChangeHistory;
import java.time.Instant;
import java.util.List;

/** A record's change history in the API: who changed what, when, from what to what. */
public record HistoryView(Instant at, String actorName, String kind, List<Change> changes) {

    public record Change(String field, Object oldValue, Object newValue) {
    }

    public static List<HistoryView> of(List<ChangeHistory.Entry> entries) {
        return entries.stream().map(entry -> new HistoryView(entry.changeSet().at(), entry.changeSet().actorName(),
                entry.changeSet().kind().name().toLowerCase(java.util.Locale.ROOT),
                entry.changes().stream().map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList()))
                .toList();
    }
}
