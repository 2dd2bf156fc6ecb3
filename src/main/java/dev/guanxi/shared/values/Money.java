package dev.guanxi.shared.values;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An amount of one currency. Amounts of different currencies are never added together. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public String amountText() {
        return amount.toPlainString();
    }

    /** Sums per currency, in currency order: what a column of deals in several currencies adds up to. */
    public static List<Money> sum(Collection<Money> amounts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        amounts.forEach(m -> sums.merge(m.currency(), m.amount(), BigDecimal::add));
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }
}
