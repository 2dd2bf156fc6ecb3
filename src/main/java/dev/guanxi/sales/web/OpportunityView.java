package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.OpportunityLine;
import dev.guanxi.sales.internal.OpportunityRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An opportunity in the API; money as decimal strings beside the currency code. */
record OpportunityView(UUID id, long version, String externalId, String name, String description, UUID accountId,
                       String accountName, String process, String stage, String status, String amount,
                       String weightedAmount, String currency, boolean amountFromLines, int probability,
                       LocalDate expectedCloseDate, LocalDate closeDate, String source, String salesMethod,
                       String forecastCategory,
                       String winReason, String lossReason, UUID leadId, UUID ownerId, String ownerName,
                       UUID departmentId, Instant stageEnteredAt, Instant createdAt, Instant updatedAt,
                       List<Line> lines) {

    record Line(UUID productId, String productName, String quantity, String unitPrice, String discountPercent,
                String total) {
        static Line of(OpportunityLine line) {
            return new Line(line.getProductId(), line.getProductName(), line.getQuantity().stripTrailingZeros().toPlainString(),
                    line.getUnitPrice().toPlainString(), line.getDiscountPercent().stripTrailingZeros().toPlainString(),
                    line.total().toPlainString());
        }
    }

    static OpportunityView of(OpportunityRow o, List<OpportunityLine> lines) {
        return new OpportunityView(o.id(), o.version(), o.externalId(), o.name(), o.description(), o.accountId(),
                o.accountName(), o.processCode(), o.stageCode(), o.status(), o.amount().toPlainString(),
                o.weightedAmount().toPlainString(), o.currency(), o.amountFromLines(), o.probability(),
                o.expectedCloseDate(), o.closeDate(), o.source(), o.salesMethod(), o.forecastCategory(), o.winReason(), o.lossReason(),
                o.leadId(), o.ownerId(), o.ownerName(), o.departmentId(), o.stageEnteredAt(), o.createdAt(),
                o.updatedAt(), lines == null ? null : lines.stream().map(Line::of).toList());
    }

    static OpportunityView of(OpportunityRow o) {
        return of(o, null);
    }

}
