package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How a lead reached us. */
public enum LeadSource implements CodedEnum {
    WEB_FORM("web_form"),
    PHONE("phone"),
    EMAIL("email"),
    CAMPAIGN("campaign"),
    WALK_IN("walk_in"),
    REFERRAL("referral"),
    TRADE_SHOW("trade_show"),
    IMPORT("import"),
    OTHER("other");

    private final String code;

    LeadSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<LeadSource> {
        Converter() {
            super(LeadSource.class);
        }
    }
}
