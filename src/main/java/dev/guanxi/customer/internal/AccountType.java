package dev.guanxi.customer.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Customer type (客户类型): the account's role for us. */
public enum AccountType implements CodedEnum {
    END_CUSTOMER("end_customer"),
    DISTRIBUTOR("distributor"),
    PARTNER("partner"),
    SUPPLIER("supplier"),
    TRADER("trader"),
    COMPETITOR("competitor");

    private final String code;

    AccountType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<AccountType> {
        Converter() {
            super(AccountType.class);
        }
    }
}
