package dev.guanxi.sales.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An opportunity as users edit it (web form, API POST and PATCH). The stage is not here: it moves
 * only through a stage change or a close, so that every move is recorded.
 */
public class OpportunityForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name;
    @Size(max = 5000, message = "{validation.max-length}")
    private String description;
    @NotNull(message = "{validation.required}")
    private UUID accountId;
    /** A process code; only when creating (default: the default process). */
    private String process;
    /** The first stage's code when creating (default: the process's first stage). */
    private String stage;
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal amount;
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "CNY";
    @Min(value = 0, message = "{validation.probability}")
    @Max(value = 100, message = "{validation.probability}")
    private Integer probability;
    private LocalDate expectedCloseDate;
    private String source;
    private String salesMethod;
    /** pipeline, best_case, commit or omitted; empty means pipeline on a new deal and "unchanged" on an edit. */
    private String forecastCategory;
    private UUID ownerId;
    @Size(max = 100, message = "{validation.max-length}")
    private List<@Valid Line> lines;

    /** A product line; the product name defaults to the catalogue's, the price to its list price. */
    public static class Line {
        private UUID productId;
        @Size(max = 200, message = "{validation.max-length}")
        private String productName;
        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0.001", message = "{validation.positive}")
        @Digits(integer = 15, fraction = 3, message = "{validation.amount}")
        private BigDecimal quantity;
        @DecimalMin(value = "0", message = "{validation.not-negative}")
        @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
        private BigDecimal unitPrice;
        @DecimalMin(value = "0", message = "{validation.percent}")
        @DecimalMax(value = "100", message = "{validation.percent}")
        private BigDecimal discountPercent;

        public UUID getProductId() { return productId; }
        public void setProductId(UUID productId) { this.productId = productId; }
        public String getProductName() { return productName; }
        public void setProductName(String productName) { this.productName = productName; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public BigDecimal getDiscountPercent() { return discountPercent; }
        public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
    }

    public static OpportunityForm of(Opportunity o) {
        OpportunityForm form = new OpportunityForm();
        form.externalId = o.getExternalId();
        form.name = o.getName();
        form.description = o.getDescription();
        form.accountId = o.getAccountId();
        form.amount = o.isAmountFromLines() ? null : o.getAmount();
        form.currency = o.getCurrency();
        form.probability = o.getProbability();
        form.expectedCloseDate = o.getExpectedCloseDate();
        form.source = o.getSource() == null ? null : o.getSource().code();
        form.salesMethod = o.getSalesMethod() == null ? null : o.getSalesMethod().code();
        form.forecastCategory = o.getForecastCategory().code();
        form.ownerId = o.getOwnerId();
        form.lines = null;
        return form;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public String getProcess() { return process; }
    public void setProcess(String process) { this.process = process; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Integer getProbability() { return probability; }
    public void setProbability(Integer probability) { this.probability = probability; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSalesMethod() { return salesMethod; }
    public void setSalesMethod(String salesMethod) { this.salesMethod = salesMethod; }
    public String getForecastCategory() { return forecastCategory; }
    public void setForecastCategory(String forecastCategory) { this.forecastCategory = forecastCategory; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    /** Null means "leave the lines as they are" (a PATCH without lines); an empty list removes them. */
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines == null ? null : new ArrayList<>(lines); }
}
