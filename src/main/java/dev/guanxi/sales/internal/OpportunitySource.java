package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Where the deal came from. */
public enum OpportunitySource implements CodedEnum {
    LEAD("lead"),
    WEB("web"),
    PHONE("phone"),
    EMAIL("email"),
    CAMPAIGN("campaign"),
    WALK_IN("walk_in"),
    REFERRAL("referral"),
    PARTNER("partner"),
    EXISTING_CUSTOMER("existing_customer"),
    TRADE_SHOW("trade_show"),
    OTHER("other");

    private final String code;

    OpportunitySource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<OpportunitySource> {
        Converter() {
            super(OpportunitySource.class);
        }
    }
}
