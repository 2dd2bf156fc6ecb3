package dev.guanxi.sales.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A lead as lists, pages and the API read it. */
public record LeadRow(UUID id, long version, String externalId, String name, String company, String title, String email,
                      String phone, String mobile, String source, String status, String disqualifyReason, String rating,
                      String interest, BigDecimal budget, String currency, String industry, String region, String city,
                      String notes, UUID ownerId, String ownerName, UUID departmentId, Instant convertedAt,
                      UUID convertedAccountId, UUID convertedContactId, UUID convertedOpportunityId, Instant createdAt,
                      Instant updatedAt, Object sortValue) {

    static String columns(String sortExpression) {
        return """
                l.id, l.version, l.external_id, l.name, l.company, l.title, l.email, l.phone, l.mobile, l.source, l.status,
                l.disqualify_reason, l.rating, l.interest, l.budget, l.currency, l.industry, l.region, l.city, l.notes,
                l.owner_id, u.name as owner_name, l.department_id, l.converted_at, l.converted_account_id,
                l.converted_contact_id, l.converted_opportunity_id, l.created_at, l.updated_at, %s as sort_value
                """.formatted(sortExpression);
    }

    static final String JOINS = " from leads l left join users u on u.id = l.owner_id ";

    static LeadRow map(ResultSet rs, int row) throws SQLException {
        return new LeadRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("external_id"),
                rs.getString("name"), rs.getString("company"), rs.getString("title"), rs.getString("email"),
                rs.getString("phone"), rs.getString("mobile"), rs.getString("source"), rs.getString("status"),
                rs.getString("disqualify_reason"), rs.getString("rating"), rs.getString("interest"),
                rs.getBigDecimal("budget"), rs.getString("currency"), rs.getString("industry"), rs.getString("region"),
                rs.getString("city"), rs.getString("notes"), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getObject("department_id", UUID.class), instant(rs, "converted_at"),
                rs.getObject("converted_account_id", UUID.class), rs.getObject("converted_contact_id", UUID.class),
                rs.getObject("converted_opportunity_id", UUID.class), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getObject("sort_value"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
