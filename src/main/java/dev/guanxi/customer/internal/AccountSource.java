package dev.guanxi.customer.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How the account came to us (客户来源). */
public enum AccountSource implements CodedEnum {
    WEB("web"),
    PHONE("phone"),
    EMAIL("email"),
    CAMPAIGN("campaign"),
    WALK_IN("walk_in"),
    REFERRAL("referral"),
    TRADE_SHOW("trade_show"),
    PARTNER("partner"),
    IMPORT("import"),
    OTHER("other");

    private final String code;

    AccountSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<AccountSource> {
        Converter() {
            super(AccountSource.class);
        }
    }
}
