package dev.guanxi.activity.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How an activity went, judged by whoever did it (活动评价). */
public enum Evaluation implements CodedEnum {
    POSITIVE("positive"),
    NEUTRAL("neutral"),
    NEGATIVE("negative");

    private final String code;

    Evaluation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Evaluation> {
        Converter() {
            super(Evaluation.class);
        }
    }
}
