package dev.guanxi.sales.internal;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A sales lead (销售线索): someone who may become a customer. Qualified by converting it into an
 * account, a contact and optionally an opportunity — the lead stays, linked to what it became.
 */
@Entity
@Table(name = "leads")
@Audited
public class Lead extends RecordBase {

    @NotAudited
    @Column(name = "external_id")
    private String externalId;
    @Column(nullable = false)
    private String name;
    private String company;
    private String title;
    private String email;
    private String phone;
    private String mobile;
    @Column(nullable = false)
    private LeadSource source = LeadSource.OTHER;
    @Column(nullable = false)
    private LeadStatus status = LeadStatus.NEW;
    @Column(name = "disqualify_reason")
    private String disqualifyReason;
    private LeadRating rating;
    private String interest;
    private BigDecimal budget;
    @Column(nullable = false)
    private String currency = "CNY";
    private String industry;
    private String region;
    private String city;
    private String notes;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "department_id")
    private UUID departmentId;
    @Column(name = "converted_at")
    private Instant convertedAt;
    @Column(name = "converted_account_id")
    private UUID convertedAccountId;
    @Column(name = "converted_contact_id")
    private UUID convertedContactId;
    @Column(name = "converted_opportunity_id")
    private UUID convertedOpportunityId;
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

    protected Lead() {
    }

    public Lead(String name) {
        this.name = name;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        SearchKeys keys = SearchKeys.of(name, true, Arrays.asList(phone, mobile), Arrays.asList(company, email, externalId));
        searchText = keys.text();
        searchTokens = new ArrayList<>(keys.tokens());
    }

    boolean isConverted() {
        return convertedAt != null;
    }

    void converted(UUID accountId, UUID contactId, UUID opportunityId, Instant at) {
        this.status = LeadStatus.QUALIFIED;
        this.disqualifyReason = null;
        this.convertedAccountId = accountId;
        this.convertedContactId = contactId;
        this.convertedOpportunityId = opportunityId;
        this.convertedAt = at;
    }

    void disqualify(String reason) {
        this.status = LeadStatus.DISQUALIFIED;
        this.disqualifyReason = reason;
    }

    void assignTo(UUID ownerId, UUID departmentId) {
        this.ownerId = ownerId;
        this.departmentId = departmentId;
    }

    void markDeleted(UUID by) {
        deletedAt = Instant.now();
        deletedBy = by;
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    public String getExternalId() { return externalId; }
    void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    void setCompany(String company) { this.company = company; }
    public String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    public String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    void setMobile(String mobile) { this.mobile = mobile; }
    public LeadSource getSource() { return source; }
    void setSource(LeadSource source) { this.source = source; }
    public LeadStatus getStatus() { return status; }
    void setStatus(LeadStatus status) { this.status = status; }
    public String getDisqualifyReason() { return disqualifyReason; }
    public LeadRating getRating() { return rating; }
    void setRating(LeadRating rating) { this.rating = rating; }
    public String getInterest() { return interest; }
    void setInterest(String interest) { this.interest = interest; }
    public BigDecimal getBudget() { return budget; }
    void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getCurrency() { return currency; }
    void setCurrency(String currency) { this.currency = currency; }
    public String getIndustry() { return industry; }
    void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    void setRegion(String region) { this.region = region; }
    public String getCity() { return city; }
    void setCity(String city) { this.city = city; }
    public String getNotes() { return notes; }
    void setNotes(String notes) { this.notes = notes; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getDepartmentId() { return departmentId; }
    public Instant getConvertedAt() { return convertedAt; }
    public UUID getConvertedAccountId() { return convertedAccountId; }
    public UUID getConvertedContactId() { return convertedContactId; }
    public UUID getConvertedOpportunityId() { return convertedOpportunityId; }
    public Instant getDeletedAt() { return deletedAt; }
}
