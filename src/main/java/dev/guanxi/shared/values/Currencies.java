package dev.guanxi.shared.values;

import java.util.List;

/** Currencies offered in forms; amounts are stored as numeric with the ISO code beside them. */
public final class Currencies {

    public static final List<String> OFFERED = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD", "KRW", "TWD", "AUD");

    private Currencies() {
    }

    public static boolean isKnown(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
