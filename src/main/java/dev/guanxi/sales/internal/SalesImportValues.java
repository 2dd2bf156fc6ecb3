package dev.guanxi.sales.internal;

import dev.guanxi.imports.EnumOption;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.Currencies;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks the lead and opportunity imports share: enum options, currencies as sheets write them, amounts. */
final class SalesImportValues {

    /** The form's limit for an amount: 16 digits before the point, 2 after. */
    private static final int MAX_AMOUNT_DIGITS = 16;
    /** Currencies as Chinese sheets write them. */
    private static final Map<String, String> CURRENCY_NAMES = Map.of("RMB", "CNY", "人民币", "CNY", "元", "CNY",
            "美元", "USD", "欧元", "EUR", "港币", "HKD", "日元", "JPY");

    private SalesImportValues() {
    }

    static <E extends Enum<E> & CodedEnum> List<EnumOption> options(E[] values, String labelPrefix,
                                                                   Map<String, List<String>> aliases) {
        return Arrays.stream(values).map(v -> new EnumOption(v.code(), labelPrefix + v.code(),
                aliases.getOrDefault(v.code(), List.of()))).toList();
    }

    /** The ISO code of a currency cell ("人民币" → CNY), or null when it is no currency we know. */
    static String currency(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        String code = CURRENCY_NAMES.getOrDefault(upper, upper);
        return Currencies.isKnown(code) ? code : null;
    }

    /** The message key of what is wrong with an amount (negative, too precise, too large), or null. */
    static String amountProblem(BigDecimal amount) {
        if (amount.signum() < 0) {
            return "validation.not-negative";
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS) {
            return "validation.amount";
        }
        return null;
    }
}
