package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Where a lead stands: new, being worked on, qualified (converted) or disqualified with a reason. */
public enum LeadStatus implements CodedEnum {
    NEW("new"),
    WORKING("working"),
    QUALIFIED("qualified"),
    DISQUALIFIED("disqualified");

    private final String code;

    LeadStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<LeadStatus> {
        Converter() {
            super(LeadStatus.class);
        }
    }
}
