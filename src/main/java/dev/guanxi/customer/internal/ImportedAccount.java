package dev.guanxi.customer.internal;

import dev.guanxi.imports.ImportRow;
import dev.guanxi.shared.search.SearchKeys;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An account as an import writes it: a new one, or an existing one loaded whole so that an update
 * changes exactly the cells the file fills and keeps every other value (the fields an import does not
 * know, like the shipping address or credit limit, included).
 */
final class ImportedAccount {

    static final String COLUMNS = "id, external_id, name, individual, type, industry, grade, status, source, owner_id, "
            + "department_id, region, country, province, city, address, postal_code, shipping_address, phone, fax, email, "
            + "website, annual_revenue, currency, employees, capacity, annual_demand, credit_limit, payment_terms_days, "
            + "tax_id, parent_account_id, tags, description, version";

    UUID id;
    long version;
    String externalId;
    String name;
    boolean individual;
    String type = AccountType.END_CUSTOMER.code();
    String industry;
    String grade;
    String status = AccountStatus.PROSPECT.code();
    String source;
    UUID ownerId;
    UUID departmentId;
    String region;
    String country;
    String province;
    String city;
    String address;
    String postalCode;
    String shippingAddress;
    String phone;
    String fax;
    String email;
    String website;
    BigDecimal annualRevenue;
    String currency = "CNY";
    Integer employees;
    String capacity;
    String annualDemand;
    BigDecimal creditLimit;
    Integer paymentTermsDays;
    String taxId;
    UUID parentAccountId;
    List<String> tags = List.of();
    String description;

    static ImportedAccount read(ResultSet rs) throws SQLException {
        ImportedAccount a = new ImportedAccount();
        a.id = rs.getObject("id", UUID.class);
        a.externalId = rs.getString("external_id");
        a.name = rs.getString("name");
        a.individual = rs.getBoolean("individual");
        a.type = rs.getString("type");
        a.industry = rs.getString("industry");
        a.grade = rs.getString("grade");
        a.status = rs.getString("status");
        a.source = rs.getString("source");
        a.ownerId = rs.getObject("owner_id", UUID.class);
        a.departmentId = rs.getObject("department_id", UUID.class);
        a.region = rs.getString("region");
        a.country = rs.getString("country");
        a.province = rs.getString("province");
        a.city = rs.getString("city");
        a.address = rs.getString("address");
        a.postalCode = rs.getString("postal_code");
        a.shippingAddress = rs.getString("shipping_address");
        a.phone = rs.getString("phone");
        a.fax = rs.getString("fax");
        a.email = rs.getString("email");
        a.website = rs.getString("website");
        a.annualRevenue = rs.getBigDecimal("annual_revenue");
        a.currency = rs.getString("currency");
        a.employees = (Integer) rs.getObject("employees");
        a.capacity = rs.getString("capacity");
        a.annualDemand = rs.getString("annual_demand");
        a.creditLimit = rs.getBigDecimal("credit_limit");
        a.paymentTermsDays = (Integer) rs.getObject("payment_terms_days");
        a.taxId = rs.getString("tax_id");
        a.parentAccountId = rs.getObject("parent_account_id", UUID.class);
        java.sql.Array tags = rs.getArray("tags");
        a.tags = tags == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) tags.getArray()));
        a.description = rs.getString("description");
        a.version = rs.getLong("version");
        return a;
    }

    /**
     * Takes every field the row fills, as {@link AccountImport} has checked and cleaned them (tags,
     * currency, employees); owner and department are the target's decision, not set here.
     */
    void apply(ImportRow row, List<String> cleanTags, String cleanCurrency, Integer cleanEmployees) {
        if (row.has("externalId")) externalId = row.text("externalId");
        if (row.has("name")) name = row.text("name");
        if (row.has("type")) type = row.text("type");
        if (row.has("industry")) industry = row.text("industry");
        if (row.has("grade")) grade = row.text("grade");
        if (row.has("status")) status = row.text("status");
        if (row.has("source")) source = row.text("source");
        if (row.has("annualRevenue")) annualRevenue = row.number("annualRevenue");
        if (cleanEmployees != null) employees = cleanEmployees;
        if (row.has("country")) country = row.text("country");
        if (row.has("province")) province = row.text("province");
        if (row.has("city")) city = row.text("city");
        if (row.has("region")) region = row.text("region");
        if (row.has("address")) address = row.text("address");
        if (row.has("postalCode")) postalCode = row.text("postalCode");
        if (row.has("phone")) phone = row.text("phone");
        if (row.has("fax")) fax = row.text("fax");
        if (row.has("email")) email = row.text("email");
        if (row.has("website")) website = row.text("website");
        if (row.has("taxId")) taxId = row.text("taxId");
        if (row.has("description")) description = row.text("description");
        if (row.has("parentAccountId")) parentAccountId = row.id("parentAccountId");
        if (cleanTags != null) tags = cleanTags;
        if (cleanCurrency != null) currency = cleanCurrency;
    }

    /** The same keys {@link Account} stores for search, computed the same way. */
    SearchKeys searchKeys() {
        return Account.searchKeysOf(name, individual, phone, fax, email, website, taxId, externalId);
    }
}
