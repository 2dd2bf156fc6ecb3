package dev.guanxi.customer.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An account as lists, pages and the API read it: every column plus the owner's and parent's names. */
public record AccountRow(UUID id, long version, String externalId, String name, boolean individual, String type,
                         String industry, String grade, String status, String source, UUID ownerId, String ownerName,
                         UUID departmentId, String departmentName, String region, String country, String province,
                         String city, String address, String postalCode, String shippingAddress, String phone,
                         String fax, String email, String website, BigDecimal annualRevenue, String currency,
                         Integer employees, String capacity, String annualDemand, BigDecimal creditLimit,
                         Integer paymentTermsDays, String taxId, UUID parentAccountId, String parentAccountName,
                         List<String> tags, String description, Instant createdAt, UUID createdBy, Instant updatedAt,
                         UUID updatedBy, Instant deletedAt, Object sortValue) {

    /** Columns for {@link #map}; {@code sortExpression} is the list's sort, read back for the cursor. */
    static String columns(String sortExpression) {
        return """
                a.id, a.version, a.external_id, a.name, a.individual, a.type, a.industry, a.grade, a.status, a.source,
                a.owner_id, o.name as owner_name, a.department_id, d.name as department_name, a.region, a.country,
                a.province, a.city, a.address, a.postal_code, a.shipping_address, a.phone, a.fax, a.email, a.website,
                a.annual_revenue, a.currency, a.employees, a.capacity, a.annual_demand, a.credit_limit,
                a.payment_terms_days, a.tax_id, a.parent_account_id, p.name as parent_name, a.tags, a.description,
                a.created_at, a.created_by, a.updated_at, a.updated_by, a.deleted_at, %s as sort_value
                """.formatted(sortExpression);
    }

    static final String JOINS = """
            from accounts a
            left join users o on o.id = a.owner_id
            left join departments d on d.id = a.department_id
            left join accounts p on p.id = a.parent_account_id
            """;

    static AccountRow map(ResultSet rs, int row) throws SQLException {
        return new AccountRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("external_id"),
                rs.getString("name"), rs.getBoolean("individual"), rs.getString("type"), rs.getString("industry"),
                rs.getString("grade"), rs.getString("status"), rs.getString("source"),
                rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                rs.getObject("department_id", UUID.class), rs.getString("department_name"), rs.getString("region"),
                rs.getString("country"), rs.getString("province"), rs.getString("city"), rs.getString("address"),
                rs.getString("postal_code"), rs.getString("shipping_address"), rs.getString("phone"),
                rs.getString("fax"), rs.getString("email"), rs.getString("website"),
                rs.getBigDecimal("annual_revenue"), rs.getString("currency"), (Integer) rs.getObject("employees"),
                rs.getString("capacity"), rs.getString("annual_demand"), rs.getBigDecimal("credit_limit"),
                (Integer) rs.getObject("payment_terms_days"), rs.getString("tax_id"),
                rs.getObject("parent_account_id", UUID.class), rs.getString("parent_name"), strings(rs.getArray("tags")),
                rs.getString("description"), instant(rs, "created_at"), rs.getObject("created_by", UUID.class),
                instant(rs, "updated_at"), rs.getObject("updated_by", UUID.class), instant(rs, "deleted_at"),
                rs.getObject("sort_value"));
    }

    public boolean inPool() {
        return ownerId == null;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
