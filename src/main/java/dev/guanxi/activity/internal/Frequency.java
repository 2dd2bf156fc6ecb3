package dev.guanxi.activity.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How often a recurring activity repeats. */
public enum Frequency implements CodedEnum {
    DAILY("daily"),
    WEEKLY("weekly"),
    MONTHLY("monthly");

    private final String code;

    Frequency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Frequency> {
        Converter() {
            super(Frequency.class);
        }
    }
}
