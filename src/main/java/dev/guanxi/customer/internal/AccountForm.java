package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
import dev.guanxi.shared.values.Phone;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An account as a user edits it: the web form binds to it, the API's POST body and PATCH merge
 * patch are read into it, and one validation applies to all three. Enumerations are codes
 * ({@code distributor}, {@code A}); references are ids. Not here, so never mass-assigned:
 * id, version, department, created/updated stamps.
 */
public class AccountForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name;

    private boolean individual;

    @NotBlank(message = "{validation.required}")
    private String type = AccountType.END_CUSTOMER.code();

    private String industry;
    private String grade;

    @NotBlank(message = "{validation.required}")
    private String status = AccountStatus.PROSPECT.code();

    private String source;

    private UUID ownerId;

    @Size(max = 100, message = "{validation.max-length}")
    private String region;
    @Size(max = 100, message = "{validation.max-length}")
    private String country;
    @Size(max = 100, message = "{validation.max-length}")
    private String province;
    @Size(max = 100, message = "{validation.max-length}")
    private String city;
    @Size(max = 300, message = "{validation.max-length}")
    private String address;
    @Size(max = 20, message = "{validation.max-length}")
    private String postalCode;
    @Size(max = 300, message = "{validation.max-length}")
    private String shippingAddress;

    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String phone;
    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String fax;
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.max-length}")
    private String email;
    @Size(max = 200, message = "{validation.max-length}")
    @Pattern(regexp = "^$|^(?i)(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d{1,5})?([/?#]\\S*)?$",
            message = "{validation.url}")
    private String website;

    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal annualRevenue;
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "CNY";
    @Min(value = 0, message = "{validation.not-negative}")
    @Max(value = 10_000_000, message = "{validation.too-many}")
    private Integer employees;
    @Size(max = 200, message = "{validation.max-length}")
    private String capacity;
    @Size(max = 200, message = "{validation.max-length}")
    private String annualDemand;
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal creditLimit;
    @Min(value = 0, message = "{validation.not-negative}")
    @Max(value = 3650, message = "{validation.too-many}")
    private Integer paymentTermsDays;
    @Size(max = 50, message = "{validation.max-length}")
    private String taxId;

    private UUID parentAccountId;

    @Size(max = 20, message = "{validation.too-many-tags}")
    private List<@Size(max = 30, message = "{validation.tag-length}") String> tags = new ArrayList<>();

    @Size(max = 5000, message = "{validation.max-length}")
    private String description;

    public static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.externalId = account.getExternalId();
        form.name = account.getName();
        form.individual = account.isIndividual();
        form.type = code(account.getType());
        form.industry = code(account.getIndustry());
        form.grade = code(account.getGrade());
        form.status = code(account.getStatus());
        form.source = code(account.getSource());
        form.ownerId = account.getOwnerId();
        form.region = account.getRegion();
        form.country = account.getCountry();
        form.province = account.getProvince();
        form.city = account.getCity();
        form.address = account.getAddress();
        form.postalCode = account.getPostalCode();
        form.shippingAddress = account.getShippingAddress();
        form.phone = account.getPhone();
        form.fax = account.getFax();
        form.email = account.getEmail();
        form.website = account.getWebsite();
        form.annualRevenue = account.getAnnualRevenue();
        form.currency = account.getCurrency();
        form.employees = account.getEmployees();
        form.capacity = account.getCapacity();
        form.annualDemand = account.getAnnualDemand();
        form.creditLimit = account.getCreditLimit();
        form.paymentTermsDays = account.getPaymentTermsDays();
        form.taxId = account.getTaxId();
        form.parentAccountId = account.getParentAccountId();
        form.tags = new ArrayList<>(account.getTags());
        form.description = account.getDescription();
        return form;
    }

    private static String code(dev.guanxi.shared.values.CodedEnum value) {
        return value == null ? null : value.code();
    }

    /** Tags typed in one box, separated by commas (either width) or semicolons. */
    public String getTagsText() {
        return String.join(", ", tags);
    }

    public void setTagsText(String text) {
        tags = new ArrayList<>();
        if (text != null) {
            for (String tag : text.split("[,，;；]")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isIndividual() { return individual; }
    public void setIndividual(boolean individual) { this.individual = individual; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
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
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
