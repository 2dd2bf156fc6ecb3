package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** A person's attitude toward our offer in this deal. */
public enum Attitude implements CodedEnum {
    SUPPORTER("supporter"),
    NEUTRAL("neutral"),
    OPPONENT("opponent");

    private final String code;

    Attitude(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Attitude> {
        Converter() {
            super(Attitude.class);
        }
    }
}
