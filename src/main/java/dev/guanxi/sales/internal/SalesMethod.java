package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How the deal is sold. */
public enum SalesMethod implements CodedEnum {
    DIRECT("direct"),
    CHANNEL("channel"),
    ONLINE("online"),
    TENDER("tender"),
    KEY_ACCOUNT("key_account");

    private final String code;

    SalesMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<SalesMethod> {
        Converter() {
            super(SalesMethod.class);
        }
    }
}
