package dev.guanxi.catalog.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A product as the catalogue page and {@code /api/v1/products} edit it. */
public class ProductForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.max-length}")
    private String code;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.max-length}")
    private String name;
    @Size(max = 100, message = "{validation.max-length}")
    private String series;
    @Size(max = 2000, message = "{validation.max-length}")
    private String description;
    @Size(max = 20, message = "{validation.max-length}")
    private String unit;
    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 16, fraction = 2, message = "{validation.amount}")
    private BigDecimal listPrice;
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.currency}")
    private String currency = "CNY";
    private boolean active = true;

    public static ProductForm of(Product product) {
        ProductForm form = new ProductForm();
        form.externalId = product.getExternalId();
        form.code = product.getCode();
        form.name = product.getName();
        form.series = product.getSeries();
        form.description = product.getDescription();
        form.unit = product.getUnit();
        form.listPrice = product.getListPrice();
        form.currency = product.getCurrency();
        form.active = product.isActive();
        return form;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSeries() { return series; }
    public void setSeries(String series) { this.series = series; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getListPrice() { return listPrice; }
    public void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
