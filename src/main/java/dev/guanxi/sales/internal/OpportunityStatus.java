package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Whether a deal is still being worked on, or was won or lost. */
public enum OpportunityStatus implements CodedEnum {
    OPEN("open"),
    WON("won"),
    LOST("lost");

    private final String code;

    OpportunityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<OpportunityStatus> {
        Converter() {
            super(OpportunityStatus.class);
        }
    }
}
