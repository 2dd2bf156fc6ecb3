package dev.guanxi.customer.web;

import dev.guanxi.customer.internal.AccountRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account in the API. Money is a decimal string with its currency code beside it. */
record AccountView(UUID id, long version, String externalId, String name, boolean individual, String type,
                   String industry, String grade, String status, String source, UUID ownerId, String ownerName,
                   UUID departmentId, String region, String country, String province, String city, String address,
                   String postalCode, String shippingAddress, String phone, String fax, String email, String website,
                   String annualRevenue, String currency, Integer employees, String capacity, String annualDemand,
                   String creditLimit, Integer paymentTermsDays, String taxId, UUID parentAccountId, List<String> tags,
                   String description, boolean inPool, Instant createdAt, UUID createdBy, Instant updatedAt,
                   UUID updatedBy) {

    static AccountView of(AccountRow row) {
        return new AccountView(row.id(), row.version(), row.externalId(), row.name(), row.individual(), row.type(),
                row.industry(), row.grade(), row.status(), row.source(), row.ownerId(), row.ownerName(),
                row.departmentId(), row.region(), row.country(), row.province(), row.city(), row.address(),
                row.postalCode(), row.shippingAddress(), row.phone(), row.fax(), row.email(), row.website(),
                row.annualRevenue() == null ? null : row.annualRevenue().toPlainString(), row.currency(),
                row.employees(), row.capacity(), row.annualDemand(),
                row.creditLimit() == null ? null : row.creditLimit().toPlainString(), row.paymentTermsDays(),
                row.taxId(), row.parentAccountId(), row.tags(), row.description(), row.inPool(), row.createdAt(),
                row.createdBy(), row.updatedAt(), row.updatedBy());
    }
}
