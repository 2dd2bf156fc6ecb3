package dev.guanxi.activity.internal;

import dev.guanxi.shared.jpa.RecordBase;
import dev.guanxi.shared.search.SearchKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * One activity (活动): what (type, subject), about what (account, contact, opportunity, lead), when it
 * is planned and when it really happened, what it cost and what came of it. An occurrence of a
 * recurring activity points at its series.
 */
@Entity
@Table(name = "activities")
@Audited
public class Activity extends RecordBase {

    @Column(name = "external_id")
    private String externalId;
    @Column(nullable = false)
    private ActivityType type;
    @Column(nullable = false)
    private String subject;
    private String description;
    @Column(nullable = false)
    private ActivityPriority priority = ActivityPriority.NORMAL;
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.PLANNED;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "contact_id")
    private UUID contactId;
    @Column(name = "opportunity_id")
    private UUID opportunityId;
    @Column(name = "lead_id")
    private UUID leadId;
    @Column(name = "planned_start")
    private Instant plannedStart;
    @Column(name = "planned_end")
    private Instant plannedEnd;
    @Column(name = "all_day", nullable = false)
    private boolean allDay;
    private String location;
    @Column(name = "actual_start")
    private Instant actualStart;
    @Column(name = "actual_end")
    private Instant actualEnd;
    private BigDecimal cost;
    @Column(nullable = false)
    private String currency = "CNY";
    private String result;
    private Evaluation evaluation;
    @NotAudited
    @Column(name = "follow_up_of")
    private UUID followUpOf;
    @NotAudited
    @Column(name = "series_id")
    private UUID seriesId;
    @Column(name = "reminder_minutes")
    private Integer reminderMinutes;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "department_id")
    private UUID departmentId;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @NotAudited
    @Column(name = "deleted_by")
    private UUID deletedBy;
    @NotAudited
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @NotAudited
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_tokens", columnDefinition = "text[]", nullable = false)
    private List<String> searchTokens = new ArrayList<>();

    protected Activity() {
    }

    public Activity(ActivityType type, String subject) {
        this.type = type;
        this.subject = subject;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        SearchKeys keys = SearchKeys.of(subject, false, List.of(), location == null ? List.of() : List.of(location));
        searchText = keys.text();
        searchTokens = new ArrayList<>(keys.tokens());
    }

    /** Open (planned or in progress) and past its end — or its start when it has no end. */
    public boolean isOverdue(Instant now) {
        Instant due = plannedEnd != null ? plannedEnd : plannedStart;
        return status.isOpen() && due != null && due.isBefore(now);
    }

    void assignTo(UUID newOwnerId, UUID newDepartmentId) {
        this.ownerId = newOwnerId;
        this.departmentId = newDepartmentId;
    }

    void markDeleted(UUID by) {
        this.deletedAt = Instant.now();
        this.deletedBy = by;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    void schedule(Instant start, Instant end, boolean wholeDay) {
        this.plannedStart = start;
        this.plannedEnd = end;
        this.allDay = wholeDay;
    }

    void record(Instant start, Instant end) {
        this.actualStart = start;
        this.actualEnd = end;
    }

    void partOf(UUID series) {
        this.seriesId = series;
    }

    void followsUp(UUID activityId) {
        this.followUpOf = activityId;
    }

    /** Demo data: an activity written down in the past. */
    void writtenAt(Instant createdAt, Instant lastChangedAt) {
        backdate(createdAt, lastChangedAt);
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ActivityPriority getPriority() { return priority; }
    public void setPriority(ActivityPriority priority) { this.priority = priority; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getContactId() { return contactId; }
    public void setContactId(UUID contactId) { this.contactId = contactId; }
    public UUID getOpportunityId() { return opportunityId; }
    public void setOpportunityId(UUID opportunityId) { this.opportunityId = opportunityId; }
    public UUID getLeadId() { return leadId; }
    public void setLeadId(UUID leadId) { this.leadId = leadId; }
    public Instant getPlannedStart() { return plannedStart; }
    public Instant getPlannedEnd() { return plannedEnd; }
    public boolean isAllDay() { return allDay; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Instant getActualStart() { return actualStart; }
    public Instant getActualEnd() { return actualEnd; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public Evaluation getEvaluation() { return evaluation; }
    public void setEvaluation(Evaluation evaluation) { this.evaluation = evaluation; }
    public UUID getFollowUpOf() { return followUpOf; }
    public UUID getSeriesId() { return seriesId; }
    public Integer getReminderMinutes() { return reminderMinutes; }
    public void setReminderMinutes(Integer reminderMinutes) { this.reminderMinutes = reminderMinutes; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getDepartmentId() { return departmentId; }
    public Instant getDeletedAt() { return deletedAt; }
}
