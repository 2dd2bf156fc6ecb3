package dev.guanxi.sales.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** CUTE influence roles: coach (教练/内线), user (使用者), technical buyer (技术选型人), economic buyer (经济决策人). */
public enum Influence implements CodedEnum {
    COACH("coach"),
    USER("user"),
    TECHNICAL("technical"),
    ECONOMIC("economic");

    private final String code;

    Influence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Influence> {
        Converter() {
            super(Influence.class);
        }
    }
}
