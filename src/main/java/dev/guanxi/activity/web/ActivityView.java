package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityParticipantView;
import dev.guanxi.activity.internal.ActivityRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An activity in the API (the JSON field names are also its import and export columns). */
record ActivityView(UUID id, long version, String externalId, String type, String subject, String description,
                    String priority, String status, boolean overdue, UUID accountId, String accountName, UUID contactId,
                    String contactName, UUID opportunityId, String opportunityName, UUID leadId, String leadName,
                    Instant plannedStart, Instant plannedEnd, boolean allDay, String location, Instant actualStart,
                    Instant actualEnd, String cost, String currency, String result, String evaluation, UUID followUpOf,
                    UUID seriesId, Integer reminderMinutes, UUID ownerId, String ownerName, UUID departmentId,
                    List<ActivityParticipantView> participants, Instant createdAt, Instant updatedAt) {

    static ActivityView of(ActivityRow a, List<ActivityParticipantView> participants) {
        return new ActivityView(a.id(), a.version(), a.externalId(), a.type(), a.subject(), a.description(), a.priority(),
                a.status(), a.overdue(), a.accountId(), a.accountName(), a.contactId(), a.contactName(), a.opportunityId(),
                a.opportunityName(), a.leadId(), a.leadName(), a.plannedStart(), a.plannedEnd(), a.allDay(), a.location(),
                a.actualStart(), a.actualEnd(), a.cost() == null ? null : a.cost().toPlainString(), a.currency(), a.result(),
                a.evaluation(), a.followUpOf(), a.seriesId(), a.reminderMinutes(), a.ownerId(), a.ownerName(),
                a.departmentId(), participants, a.createdAt(), a.updatedAt());
    }
}
