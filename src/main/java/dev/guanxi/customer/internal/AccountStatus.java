package dev.guanxi.customer.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Where the relationship stands. */
public enum AccountStatus implements CodedEnum {
    PROSPECT("prospect"),
    ACTIVE("active"),
    DORMANT("dormant"),
    LOST("lost");

    private final String code;

    AccountStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<AccountStatus> {
        Converter() {
            super(AccountStatus.class);
        }
    }
}
