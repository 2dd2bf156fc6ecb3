package dev.guanxi.activity.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How urgent an activity is. */
public enum ActivityPriority implements CodedEnum {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high");

    private final String code;

    ActivityPriority(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<ActivityPriority> {
        Converter() {
            super(ActivityPriority.class);
        }
    }
}
