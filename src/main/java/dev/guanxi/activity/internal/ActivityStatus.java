package dev.guanxi.activity.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Where an activity stands; "overdue" is not stored but derived (open and past its end). */
public enum ActivityStatus implements CodedEnum {
    PLANNED("planned"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<ActivityStatus> {
        Converter() {
            super(ActivityStatus.class);
        }
    }
}
