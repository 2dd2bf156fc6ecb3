package dev.guanxi.contact.internal;

import dev.guanxi.shared.jpa.RecordBase;
import dev.guanxi.shared.search.SearchKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A person at an account (联系人). Has its own owner for visibility — normally the account's owner,
 * following the account when it changes hands.
 */
@Entity
@Table(name = "contacts")
@Audited
public class Contact extends RecordBase {

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false)
    private String name;

    private Gender gender;
    private String title;

    @Column(name = "department_name")
    private String departmentName;

    private String phone;
    private String mobile;
    private String email;

    @Column(name = "other_email")
    private String otherEmail;

    private String wechat;

    @Column(name = "decision_role")
    private DecisionRole decisionRole;

    @Column(name = "key_decision_maker")
    private boolean keyDecisionMaker;

    private LocalDate birthday;
    private String address;
    private String notes;

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

    protected Contact() {
    }

    public Contact(String name) {
        this.name = name;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        SearchKeys keys = searchKeysOf(name, phone, mobile, email, otherEmail, wechat, externalId);
        searchText = keys.text();
        searchTokens = new ArrayList<>(keys.tokens());
    }

    /** What a contact is found by; the bulk import computes it with the same rule. */
    static SearchKeys searchKeysOf(String name, String phone, String mobile, String email, String otherEmail, String wechat,
                                   String externalId) {
        return SearchKeys.of(name, true, Arrays.asList(phone, mobile), Arrays.asList(email, otherEmail, wechat, externalId));
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

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDepartmentName() { return departmentName; }
    public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOtherEmail() { return otherEmail; }
    public void setOtherEmail(String otherEmail) { this.otherEmail = otherEmail; }
    public String getWechat() { return wechat; }
    public void setWechat(String wechat) { this.wechat = wechat; }
    public DecisionRole getDecisionRole() { return decisionRole; }
    public void setDecisionRole(DecisionRole decisionRole) { this.decisionRole = decisionRole; }
    public boolean isKeyDecisionMaker() { return keyDecisionMaker; }
    public void setKeyDecisionMaker(boolean keyDecisionMaker) { this.keyDecisionMaker = keyDecisionMaker; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getDepartmentId() { return departmentId; }
    public Instant getDeletedAt() { return deletedAt; }
    public boolean isInPool() { return ownerId == null; }
}
