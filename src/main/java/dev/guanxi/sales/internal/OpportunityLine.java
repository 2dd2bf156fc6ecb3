package dev.guanxi.sales.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** A product line of an opportunity: quantity × unit price less the discount. */
@Entity
@Table(name = "opportunity_lines")
public class OpportunityLine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private UUID id = dev.guanxi.shared.jpa.UuidV7.next();
    @Column(name = "opportunity_id", nullable = false)
    private UUID opportunityId;
    @Column(name = "product_id")
    private UUID productId;
    @Column(name = "product_name", nullable = false)
    private String productName;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent = BigDecimal.ZERO;
    private int position;

    protected OpportunityLine() {
    }

    OpportunityLine(UUID opportunityId, UUID productId, String productName, BigDecimal quantity, BigDecimal unitPrice,
                    BigDecimal discountPercent, int position) {
        this.opportunityId = opportunityId;
        this.productId = productId;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        this.position = position;
    }

    /** quantity × unit price × (1 − discount%), rounded to cents half-up. */
    public BigDecimal total() {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal factor = HUNDRED.subtract(discountPercent).divide(HUNDRED);
        return gross.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    public UUID getId() { return id; }
    public UUID getProductId() { return productId; }
    public String getProductName() { return productName; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public int getPosition() { return position; }
}
