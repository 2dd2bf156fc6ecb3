package dev.guanxi.reporting.internal;

import dev.guanxi.shared.values.Money;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Numbers of the report as text in one language — for the page, the mail and the workbook alike, so a
 * figure reads the same everywhere. A mail is written in a job, without a request to take a locale from.
 */
public record ReportFormat(Locale locale) {

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A figure that may be missing (no target): "—". */
    public String optional(Integer value) {
        return value == null ? "—" : number(value.longValue());
    }

    public String money(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return money.currency() + " " + format.format(money.amount());
    }

    /** "CNY 12,000.00 · USD 500.00", or "0" when there is nothing. */
    public String amounts(List<Money> amounts) {
        return amounts == null || amounts.isEmpty() ? "0" : amounts.stream().map(this::money).collect(Collectors.joining(" · "));
    }

    /** "—" where there is no target. */
    public String target(List<Money> amounts) {
        return amounts == null || amounts.isEmpty() ? "—" : amounts(amounts);
    }

    public String percent(Integer value) {
        return value == null ? "—" : value + "%";
    }

}
