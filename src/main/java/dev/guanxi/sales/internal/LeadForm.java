package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.Phone;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A lead as users edit it (web form, API POST and PATCH); the public web form fills a subset. */
public class LeadForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String name;
    @Size(max = 200, message = "{validation.max-length}")
    private String company;
    @Size(max = 100, message = "{validation.max-length}")
    private String title;
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.max-length}")
    private String email;
    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String phone;
    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String mobile;
    private String source = LeadSource.OTHER.code();
    private String status = LeadStatus.NEW.code();
    private String rating;
    @Size(max = 2000, message = "{validation.max-length}")
    private String interest;
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal budget;
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "CNY";
    private String industry;
    @Size(max = 100, message = "{validation.max-length}")
    private String region;
    @Size(max = 100, message = "{validation.max-length}")
    private String city;
    @Size(max = 5000, message = "{validation.max-length}")
    private String notes;
    private UUID ownerId;

    public static LeadForm of(Lead lead) {
        LeadForm form = new LeadForm();
        form.externalId = lead.getExternalId();
        form.name = lead.getName();
        form.company = lead.getCompany();
        form.title = lead.getTitle();
        form.email = lead.getEmail();
        form.phone = lead.getPhone();
        form.mobile = lead.getMobile();
        form.source = lead.getSource().code();
        form.status = lead.getStatus().code();
        form.rating = lead.getRating() == null ? null : lead.getRating().code();
        form.interest = lead.getInterest();
        form.budget = lead.getBudget();
        form.currency = lead.getCurrency();
        form.industry = lead.getIndustry();
        form.region = lead.getRegion();
        form.city = lead.getCity();
        form.notes = lead.getNotes();
        form.ownerId = lead.getOwnerId();
        return form;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getInterest() { return interest; }
    public void setInterest(String interest) { this.interest = interest; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
}
