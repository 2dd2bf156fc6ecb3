package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How promising a lead looks. */
public enum LeadRating implements CodedEnum {
    HOT("hot"),
    WARM("warm"),
    COLD("cold");

    private final String code;

    LeadRating(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<LeadRating> {
        Converter() {
            super(LeadRating.class);
        }
    }
}
