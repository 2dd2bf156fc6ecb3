package dev.guanxi.sales.web;

import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.OpportunityChecklist;
import dev.guanxi.sales.internal.SalesStage;
import dev.guanxi.sales.internal.StageHistory;
import dev.guanxi.shared.files.Attachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The deal's own timeline: stage moves (from, to, who), people joining the buying committee, steps
 * done, files added and what other modules contribute (activities), newest first — what happened on the deal at a glance. Field-by-field changes
 * are in the change history beside it.
 */
final class OpportunityTimeline {

    record Entry(Instant at, String icon, String messageKey, List<Object> arguments, String who, String url) {
        Entry(Instant at, String icon, String messageKey, List<Object> arguments, String who) {
            this(at, icon, messageKey, arguments, who, null);
        }
    }

    private OpportunityTimeline() {
    }

    static List<Entry> of(List<StageHistory.Change> stageChanges, List<BuyingCommittee.Member> committee,
                          OpportunityChecklist.Checklist checklist, List<Attachment> files,
                          Map<UUID, SalesStage> stages, Map<UUID, UserSummary> users, Locale locale,
                          List<TimelineContributor.TimelineEntry> contributed) {
        List<Entry> entries = new ArrayList<>();
        contributed.forEach(e -> entries.add(new Entry(e.at(), "bi-" + e.icon(), e.textKey(), e.arguments(), e.actorName(), e.url())));
        for (StageHistory.Change change : stageChanges) {
            String to = stages.get(change.toStageId()).name(locale);
            entries.add(change.fromStageId() == null
                    ? new Entry(change.changedAt(), "bi-flag", "timeline.deal-opened", List.of(to), name(users, change.changedBy()))
                    : new Entry(change.changedAt(), "bi-arrow-right-circle", "timeline.stage-moved",
                            List.of(stages.get(change.fromStageId()).name(locale), to), name(users, change.changedBy())));
        }
        committee.forEach(m -> entries.add(new Entry(m.addedAt(), "bi-person-plus", "timeline.committee-added",
                List.of(m.contactName()), null)));
        checklist.steps().stream().filter(OpportunityChecklist.Step::done).forEach(s -> entries.add(
                new Entry(s.doneAt(), "bi-check2-square", "timeline.step-done", List.of(s.text(locale)), s.doneByName())));
        files.forEach(f -> entries.add(new Entry(f.createdAt(), "bi-paperclip", "timeline.file-added",
                List.of(f.fileName()), name(users, f.createdBy()))));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    private static String name(Map<UUID, UserSummary> users, UUID id) {
        UserSummary user = id == null ? null : users.get(id);
        return user == null ? null : user.name();
    }
}
