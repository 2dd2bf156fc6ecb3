package dev.guanxi.activity.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity as lists, the calendar, pages and the API read it, with the names of what it is about. */
public record ActivityRow(UUID id, long version, String externalId, String type, String subject, String description,
                          String priority, String status, UUID accountId, String accountName, UUID contactId,
                          String contactName, UUID opportunityId, String opportunityName, UUID leadId, String leadName,
                          Instant plannedStart, Instant plannedEnd, boolean allDay, String location, Instant actualStart,
                          Instant actualEnd, BigDecimal cost, String currency, String result, String evaluation,
                          UUID followUpOf, UUID seriesId, Integer reminderMinutes, UUID ownerId, String ownerName,
                          UUID departmentId, Instant createdAt, Instant updatedAt, Object sortValue) {

    /** Open and past its end (or its start when it has none). */
    public boolean overdue() {
        Instant due = plannedEnd != null ? plannedEnd : plannedStart;
        return ("planned".equals(status) || "in_progress".equals(status)) && due != null && due.isBefore(Instant.now());
    }

    /** The status to show: overdue is derived, not stored. */
    public String shownStatus() {
        return overdue() ? "overdue" : status;
    }

    static String columns(String sortExpression) {
        return """
                a.id, a.version, a.external_id, a.type, a.subject, a.description, a.priority, a.status,
                a.account_id, acc.name as account_name, a.contact_id, c.name as contact_name,
                a.opportunity_id, o.name as opportunity_name, a.lead_id, l.name as lead_name,
                a.planned_start, a.planned_end, a.all_day, a.location, a.actual_start, a.actual_end, a.cost, a.currency,
                a.result, a.evaluation, a.follow_up_of, a.series_id, a.reminder_minutes, a.owner_id, u.name as owner_name,
                a.department_id, a.created_at, a.updated_at, %s as sort_value
                """.formatted(sortExpression);
    }

    static final String JOINS = """
             from activities a left join users u on u.id = a.owner_id
             left join accounts acc on acc.id = a.account_id left join contacts c on c.id = a.contact_id
             left join opportunities o on o.id = a.opportunity_id left join leads l on l.id = a.lead_id
            """;

    static ActivityRow map(ResultSet rs, int row) throws SQLException {
        return new ActivityRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("external_id"),
                rs.getString("type"), rs.getString("subject"), rs.getString("description"), rs.getString("priority"),
                rs.getString("status"), rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                rs.getObject("contact_id", UUID.class), rs.getString("contact_name"),
                rs.getObject("opportunity_id", UUID.class), rs.getString("opportunity_name"),
                rs.getObject("lead_id", UUID.class), rs.getString("lead_name"), instant(rs, "planned_start"),
                instant(rs, "planned_end"), rs.getBoolean("all_day"), rs.getString("location"), instant(rs, "actual_start"),
                instant(rs, "actual_end"), rs.getBigDecimal("cost"), rs.getString("currency"), rs.getString("result"),
                rs.getString("evaluation"), rs.getObject("follow_up_of", UUID.class), rs.getObject("series_id", UUID.class),
                rs.getObject("reminder_minutes", Integer.class), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getObject("department_id", UUID.class), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getObject("sort_value"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
