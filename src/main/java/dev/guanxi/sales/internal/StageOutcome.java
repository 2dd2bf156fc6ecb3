package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** What reaching a stage means: the deal goes on, is won or is lost. */
public enum StageOutcome implements CodedEnum {
    OPEN("open"),
    WON("won"),
    LOST("lost");

    private final String code;

    StageOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<StageOutcome> {
        Converter() {
            super(StageOutcome.class);
        }
    }
}
