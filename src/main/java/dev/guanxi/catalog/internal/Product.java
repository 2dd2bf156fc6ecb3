package dev.guanxi.catalog.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "products")
public class Product extends RecordBase {

    @Column(name = "external_id")
    private String externalId;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private String series;
    private String description;
    private String unit;
    @Column(name = "list_price", nullable = false)
    private BigDecimal listPrice;
    @Column(nullable = false)
    private String currency = "CNY";
    private boolean active = true;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private UUID deletedBy;

    protected Product() {
    }

    Product(UUID ownerId) {
        this.ownerId = ownerId;
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
    public String getCode() { return code; }
    void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getSeries() { return series; }
    void setSeries(String series) { this.series = series; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public String getUnit() { return unit; }
    void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getListPrice() { return listPrice; }
    void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
    public String getCurrency() { return currency; }
    void setCurrency(String currency) { this.currency = currency; }
    public boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
    public UUID getOwnerId() { return ownerId; }
    public Instant getDeletedAt() { return deletedAt; }
}
