package dev.guanxi.activity.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** The twelve activity types of the sources (活动类型); codes are part of the API contract. */
public enum ActivityType implements CodedEnum {
    TODO("todo"),
    CALL_OUTBOUND("call_outbound"),
    CALL_INBOUND("call_inbound"),
    MEETING("meeting"),
    CORRESPONDENCE("correspondence"),
    FAX_OUTBOUND("fax_outbound"),
    PRESENTATION("presentation"),
    DEMONSTRATION("demonstration"),
    APPOINTMENT("appointment"),
    MILESTONE("milestone"),
    EVENT("event"),
    RESEARCH("research");

    private final String code;

    ActivityType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<ActivityType> {
        Converter() {
            super(ActivityType.class);
        }
    }
}
