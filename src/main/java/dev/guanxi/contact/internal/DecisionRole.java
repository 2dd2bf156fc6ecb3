package dev.guanxi.contact.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** The contact's part in the buying organisation's decision chain (决策链). */
public enum DecisionRole implements CodedEnum {
    DECISION_MAKER("decision_maker"),
    INFLUENCER("influencer"),
    EVALUATOR("evaluator"),
    USER("user"),
    PURCHASER("purchaser"),
    GATEKEEPER("gatekeeper"),
    CHAMPION("champion");

    private final String code;

    DecisionRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<DecisionRole> {
        Converter() {
            super(DecisionRole.class);
        }
    }
}
