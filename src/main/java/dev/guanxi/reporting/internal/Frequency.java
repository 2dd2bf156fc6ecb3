package dev.guanxi.reporting.internal;

import java.util.Arrays;
import java.util.Optional;

/** How long a report's period is: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Frequency {
    DAY("day"), WEEK("week"), MONTH("month");

    private final String code;

    Frequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Frequency> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(f -> f.code.equals(code.strip())).findFirst();
    }
}
