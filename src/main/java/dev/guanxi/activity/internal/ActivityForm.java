package dev.guanxi.activity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An activity as users edit it (page form, API POST and PATCH). Times carry their offset. */
public class ActivityForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;
    private String type = ActivityType.TODO.code();
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String subject;
    @Size(max = 10000, message = "{validation.max-length}")
    private String description;
    private String priority = ActivityPriority.NORMAL.code();
    private String status = ActivityStatus.PLANNED.code();
    private UUID accountId;
    private UUID contactId;
    private UUID opportunityId;
    private UUID leadId;
    private OffsetDateTime plannedStart;
    private OffsetDateTime plannedEnd;
    private boolean allDay;
    @Size(max = 200, message = "{validation.max-length}")
    private String location;
    private OffsetDateTime actualStart;
    private OffsetDateTime actualEnd;
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal cost;
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "CNY";
    @Size(max = 4000, message = "{validation.max-length}")
    private String result;
    private String evaluation;
    @Min(value = 0, message = "{validation.reminder}")
    @Max(value = 40320, message = "{validation.reminder}")
    private Integer reminderMinutes;
    private UUID ownerId;
    @Size(max = 50, message = "{validation.too-many}")
    private List<UUID> participantUserIds = new ArrayList<>();
    @Size(max = 50, message = "{validation.too-many}")
    private List<UUID> participantContactIds = new ArrayList<>();
    @Valid
    private RecurrenceForm recurrence;

    /** How a new activity repeats (only when it is created; each occurrence is edited on its own). */
    public static class RecurrenceForm {
        private String frequency;
        private Integer interval = 1;
        private LocalDate until;
        private Integer occurrences;

        public String getFrequency() { return frequency; }
        public void setFrequency(String frequency) { this.frequency = frequency; }
        public Integer getInterval() { return interval; }
        public void setInterval(Integer interval) { this.interval = interval; }
        public LocalDate getUntil() { return until; }
        public void setUntil(LocalDate until) { this.until = until; }
        public Integer getOccurrences() { return occurrences; }
        public void setOccurrences(Integer occurrences) { this.occurrences = occurrences; }

        boolean isEmpty() {
            return frequency == null || frequency.isBlank();
        }
    }

    public static ActivityForm of(Activity activity, List<UUID> userIds, List<UUID> contactIds) {
        ActivityForm form = new ActivityForm();
        form.externalId = activity.getExternalId();
        form.type = activity.getType().code();
        form.subject = activity.getSubject();
        form.description = activity.getDescription();
        form.priority = activity.getPriority().code();
        form.status = activity.getStatus().code();
        form.accountId = activity.getAccountId();
        form.contactId = activity.getContactId();
        form.opportunityId = activity.getOpportunityId();
        form.leadId = activity.getLeadId();
        form.plannedStart = utc(activity.getPlannedStart());
        form.plannedEnd = utc(activity.getPlannedEnd());
        form.allDay = activity.isAllDay();
        form.location = activity.getLocation();
        form.actualStart = utc(activity.getActualStart());
        form.actualEnd = utc(activity.getActualEnd());
        form.cost = activity.getCost();
        form.currency = activity.getCurrency();
        form.result = activity.getResult();
        form.evaluation = activity.getEvaluation() == null ? null : activity.getEvaluation().code();
        form.reminderMinutes = activity.getReminderMinutes();
        form.ownerId = activity.getOwnerId();
        form.participantUserIds = new ArrayList<>(userIds);
        form.participantContactIds = new ArrayList<>(contactIds);
        return form;
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getContactId() { return contactId; }
    public void setContactId(UUID contactId) { this.contactId = contactId; }
    public UUID getOpportunityId() { return opportunityId; }
    public void setOpportunityId(UUID opportunityId) { this.opportunityId = opportunityId; }
    public UUID getLeadId() { return leadId; }
    public void setLeadId(UUID leadId) { this.leadId = leadId; }
    public OffsetDateTime getPlannedStart() { return plannedStart; }
    public void setPlannedStart(OffsetDateTime plannedStart) { this.plannedStart = plannedStart; }
    public OffsetDateTime getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(OffsetDateTime plannedEnd) { this.plannedEnd = plannedEnd; }
    public boolean isAllDay() { return allDay; }
    public void setAllDay(boolean allDay) { this.allDay = allDay; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public OffsetDateTime getActualStart() { return actualStart; }
    public void setActualStart(OffsetDateTime actualStart) { this.actualStart = actualStart; }
    public OffsetDateTime getActualEnd() { return actualEnd; }
    public void setActualEnd(OffsetDateTime actualEnd) { this.actualEnd = actualEnd; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getEvaluation() { return evaluation; }
    public void setEvaluation(String evaluation) { this.evaluation = evaluation; }
    public Integer getReminderMinutes() { return reminderMinutes; }
    public void setReminderMinutes(Integer reminderMinutes) { this.reminderMinutes = reminderMinutes; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public List<UUID> getParticipantUserIds() { return participantUserIds; }
    public void setParticipantUserIds(List<UUID> participantUserIds) { this.participantUserIds = participantUserIds; }
    public List<UUID> getParticipantContactIds() { return participantContactIds; }
    public void setParticipantContactIds(List<UUID> participantContactIds) { this.participantContactIds = participantContactIds; }
    public RecurrenceForm getRecurrence() { return recurrence; }
    public void setRecurrence(RecurrenceForm recurrence) { this.recurrence = recurrence; }
}
