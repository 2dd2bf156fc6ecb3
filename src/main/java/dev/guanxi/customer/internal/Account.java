package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
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
 * A customer (客户): a company or a person we sell to, buy from or work with. Owned by a user and
 * counted in the owner's department for visibility; without an owner it sits in the shared pool (公海).
 * Every change is kept by Envers for the change history.
 */
@Entity
@Table(name = "accounts")
@Audited
public class Account extends RecordBase {

    @Column(name = "external_id")
    private String externalId;

    @Column(nullable = false)
    private String name;

    private boolean individual;

    @Column(nullable = false)
    private AccountType type = AccountType.END_CUSTOMER;

    private Industry industry;

    private Grade grade;

    @Column(nullable = false)
    private AccountStatus status = AccountStatus.PROSPECT;

    private AccountSource source;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "department_id")
    private UUID departmentId;

    private String region;
    private String country;
    private String province;
    private String city;
    private String address;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "shipping_address")
    private String shippingAddress;

    private String phone;
    private String fax;
    private String email;
    private String website;

    @Column(name = "annual_revenue")
    private BigDecimal annualRevenue;

    @Column(nullable = false)
    private String currency = "CNY";

    private Integer employees;
    private String capacity;

    @Column(name = "annual_demand")
    private String annualDemand;

    @Column(name = "credit_limit")
    private BigDecimal creditLimit;

    @Column(name = "payment_terms_days")
    private Integer paymentTermsDays;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "parent_account_id")
    private UUID parentAccountId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> tags = new ArrayList<>();

    private String description;

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

    protected Account() {
    }

    public Account(String name) {
        this.name = name;
    }

    /** Keeps what the search box finds in step with the fields it is found by. */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        SearchKeys keys = searchKeysOf(name, individual, phone, fax, email, website, taxId, externalId);
        searchText = keys.text();
        searchTokens = new ArrayList<>(keys.tokens());
    }

    /** What an account is found by; the bulk import computes it with the same rule. */
    static SearchKeys searchKeysOf(String name, boolean individual, String phone, String fax, String email, String website,
                                   String taxId, String externalId) {
        return SearchKeys.of(name, individual, java.util.Arrays.asList(phone, fax),
                java.util.Arrays.asList(email, website, taxId, externalId));
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

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isInPool() {
        return ownerId == null;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isIndividual() { return individual; }
    public void setIndividual(boolean individual) { this.individual = individual; }
    public AccountType getType() { return type; }
    public void setType(AccountType type) { this.type = type; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry industry) { this.industry = industry; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public AccountStatus getStatus() { return status; }
    public void setStatus(AccountStatus status) { this.status = status; }
    public AccountSource getSource() { return source; }
    public void setSource(AccountSource source) { this.source = source; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getDepartmentId() { return departmentId; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getShippingAddress() { return shippingAddress; }
    public void setShippingAddress(String shippingAddress) { this.shippingAddress = shippingAddress; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public BigDecimal getAnnualRevenue() { return annualRevenue; }
    public void setAnnualRevenue(BigDecimal annualRevenue) { this.annualRevenue = annualRevenue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getAnnualDemand() { return annualDemand; }
    public void setAnnualDemand(String annualDemand) { this.annualDemand = annualDemand; }
    public BigDecimal getCreditLimit() { return creditLimit; }
    public void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
    public Integer getPaymentTermsDays() { return paymentTermsDays; }
    public void setPaymentTermsDays(Integer paymentTermsDays) { this.paymentTermsDays = paymentTermsDays; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public UUID getParentAccountId() { return parentAccountId; }
    public void setParentAccountId(UUID parentAccountId) { this.parentAccountId = parentAccountId; }
    public List<String> getTags() { return List.copyOf(tags); }
    public void setTags(List<String> tags) { this.tags = new ArrayList<>(tags); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Instant getDeletedAt() { return deletedAt; }
    public UUID getDeletedBy() { return deletedBy; }
}
