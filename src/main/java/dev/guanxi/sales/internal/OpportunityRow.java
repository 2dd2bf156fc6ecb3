package dev.guanxi.sales.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An opportunity as lists, the board and the API read it, with account, owner and stage joined in. */
public record OpportunityRow(UUID id, long version, String externalId, String name, String description, UUID accountId,
                             String accountName, UUID processId, String processCode, UUID stageId, String stageCode,
                             String stageNameEn, String stageNameZh, String status, BigDecimal amount, String currency,
                             boolean amountFromLines, int probability, LocalDate expectedCloseDate, LocalDate closeDate,
                             String source, String salesMethod, String forecastCategory, String winReason, String lossReason, UUID leadId,
                             UUID ownerId, String ownerName, UUID departmentId, Instant stageEnteredAt,
                             Instant lastActivityAt, Instant createdAt, UUID createdBy, Instant updatedAt,
                             Instant deletedAt, Object sortValue) {

    static String columns(String sortExpression) {
        return """
                o.id, o.version, o.external_id, o.name, o.description, o.account_id, a.name as account_name,
                o.process_id, p.code as process_code, o.stage_id, s.code as stage_code, s.name_en as stage_name_en,
                s.name_zh as stage_name_zh, o.status, o.amount, o.currency, o.amount_from_lines, o.probability,
                o.expected_close_date, o.close_date, o.source, o.sales_method, o.forecast_category, o.win_reason, o.loss_reason, o.lead_id,
                o.owner_id, u.name as owner_name, o.department_id, o.stage_entered_at, o.last_activity_at, o.created_at,
                o.created_by, o.updated_at, o.deleted_at, %s as sort_value
                """.formatted(sortExpression);
    }

    /** The account's name only when the user may read the account. */
    static String joins(dev.guanxi.shared.visibility.SqlCondition accountReadable) {
        return """
                from opportunities o
                join sales_stages s on s.id = o.stage_id
                join sales_processes p on p.id = o.process_id
                left join accounts a on a.id = o.account_id and a.deleted_at is null and %s
                left join users u on u.id = o.owner_id
                """.formatted(accountReadable.sql());
    }

    static OpportunityRow map(ResultSet rs, int row) throws SQLException {
        return new OpportunityRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("external_id"),
                rs.getString("name"), rs.getString("description"), rs.getObject("account_id", UUID.class),
                rs.getString("account_name"), rs.getObject("process_id", UUID.class), rs.getString("process_code"),
                rs.getObject("stage_id", UUID.class), rs.getString("stage_code"), rs.getString("stage_name_en"),
                rs.getString("stage_name_zh"), rs.getString("status"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getBoolean("amount_from_lines"), rs.getInt("probability"),
                rs.getObject("expected_close_date", LocalDate.class), rs.getObject("close_date", LocalDate.class),
                rs.getString("source"), rs.getString("sales_method"), rs.getString("forecast_category"), rs.getString("win_reason"),
                rs.getString("loss_reason"), rs.getObject("lead_id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), rs.getObject("department_id", UUID.class), instant(rs, "stage_entered_at"),
                instant(rs, "last_activity_at"), instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
                instant(rs, "updated_at"), instant(rs, "deleted_at"), rs.getObject("sort_value"));
    }

    public String stageName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? stageNameZh : stageNameEn;
    }

    /** Amount × probability: what the deal adds to a weighted forecast. */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    /** Whole days since the deal entered its current stage. */
    public long daysInStage() {
        return java.time.Duration.between(stageEnteredAt, Instant.now()).toDays();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
