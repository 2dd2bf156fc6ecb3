package dev.guanxi.contact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A contact as lists, pages and the API read it, with its account's and owner's names. */
public record ContactRow(UUID id, long version, String externalId, UUID accountId, String accountName, String name,
                         String gender, String title, String departmentName, String phone, String mobile, String email,
                         String otherEmail, String wechat, String decisionRole, boolean keyDecisionMaker,
                         LocalDate birthday, String address, String notes, UUID ownerId, String ownerName,
                         UUID departmentId, Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy,
                         Instant deletedAt, Object sortValue) {

    static String columns(String sortExpression) {
        return """
                c.id, c.version, c.external_id, c.account_id, a.name as account_name, c.name, c.gender, c.title,
                c.department_name, c.phone, c.mobile, c.email, c.other_email, c.wechat, c.decision_role,
                c.key_decision_maker, c.birthday, c.address, c.notes, c.owner_id, o.name as owner_name, c.department_id,
                c.created_at, c.created_by, c.updated_at, c.updated_by, c.deleted_at, %s as sort_value
                """.formatted(sortExpression);
    }

    /**
     * The account's name is joined only when the account is live and the user may read it, so a
     * contact never reveals an account its viewer cannot see.
     */
    static String joins(dev.guanxi.shared.visibility.SqlCondition accountReadable) {
        return """
                from contacts c
                left join accounts a on a.id = c.account_id and a.deleted_at is null and %s
                left join users o on o.id = c.owner_id
                """.formatted(accountReadable.sql());
    }

    static ContactRow map(ResultSet rs, int row) throws SQLException {
        return new ContactRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("external_id"),
                rs.getObject("account_id", UUID.class), rs.getString("account_name"), rs.getString("name"),
                rs.getString("gender"), rs.getString("title"), rs.getString("department_name"), rs.getString("phone"),
                rs.getString("mobile"), rs.getString("email"), rs.getString("other_email"), rs.getString("wechat"),
                rs.getString("decision_role"), rs.getBoolean("key_decision_maker"),
                rs.getObject("birthday", LocalDate.class), rs.getString("address"), rs.getString("notes"),
                rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getObject("department_id", UUID.class),
                instant(rs, "created_at"), rs.getObject("created_by", UUID.class), instant(rs, "updated_at"),
                rs.getObject("updated_by", UUID.class), instant(rs, "deleted_at"), rs.getObject("sort_value"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
