package dev.guanxi.customer.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Customer grade (客户等级): A key account … D do not serve (不予服务). */
public enum Grade implements CodedEnum {
    A("A"),
    B("B"),
    C("C"),
    D("D");

    private final String code;

    Grade(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Grade> {
        Converter() {
            super(Grade.class);
        }
    }
}
