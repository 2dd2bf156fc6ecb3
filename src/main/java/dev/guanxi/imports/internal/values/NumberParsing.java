package dev.guanxi.imports.internal.values;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts and quantities as people type them: {@code 1,234.56}, {@code ¥1,234} / {@code 1234元} / {@code RMB 1234} /
 * {@code $12} / {@code 12 USD} (the currency is dropped: the column says which it is), {@code 12.5万} (125000),
 * {@code 3亿}, full-width digits and punctuation, accounting negatives {@code (1,000)} → -1000.
 * <p>
 * A percentage gives the number in front of the sign: {@code 15%} → 15, like a "probability (%)" field expects, and
 * like the Excel readers write a percent-formatted cell ({@code 15%}).
 * <p>
 * Only ',' is a thousands separator, and only in groups of three: {@code 1,5} (a European decimal) and
 * {@code 1 234} are refused rather than misread. Anything else that is not a plain decimal number is empty.
 */
public final class NumberParsing {

    private static final List<String> CURRENCIES = List.of("rmb", "cny", "usd", "eur", "¥", "$", "€", "元");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private NumberParsing() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // NFKC: full-width digits, '，', '．', '￥', '％', '－' become their ASCII (or ¥) forms
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        boolean negative = false;
        if (value.startsWith("(") && value.endsWith(")")) {
            negative = true;
            value = value.substring(1, value.length() - 1).strip();
        }
        value = stripCurrency(value);
        if (value.startsWith("-") || value.startsWith("+") || value.startsWith("−")) {
            negative ^= !value.startsWith("+");
            value = stripCurrency(value.substring(1).strip());
        }
        BigDecimal factor = BigDecimal.ONE;
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
        } else if (value.endsWith("万")) {
            factor = WAN;
            value = value.substring(0, value.length() - 1).strip();
        } else if (value.endsWith("亿")) {
            factor = YI;
            value = value.substring(0, value.length() - 1).strip();
        }
        if (GROUPED.matcher(value).matches()) {
            value = value.replace(",", "");
        } else if (!PLAIN.matcher(value).matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(value).multiply(factor);
        if (negative) {
            number = number.negate();
        }
        number = number.stripTrailingZeros();
        return Optional.of(number.scale() < 0 ? number.setScale(0) : number);
    }

    /** Removes one currency symbol or code at the start and one at the end ("¥ 12", "12 元", "RMB12", "12USD"). */
    private static String stripCurrency(String value) {
        String result = value;
        for (String currency : CURRENCIES) {
            if (result.startsWith(currency)) {
                result = result.substring(currency.length()).strip();
                break;
            }
        }
        for (String currency : CURRENCIES) {
            if (result.endsWith(currency)) {
                result = result.substring(0, result.length() - currency.length()).strip();
                break;
            }
        }
        return result;
    }
}
