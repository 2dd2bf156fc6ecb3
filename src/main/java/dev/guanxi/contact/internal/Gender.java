package dev.guanxi.contact.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** How a contact is addressed in letters and e-mails. */
public enum Gender implements CodedEnum {
    FEMALE("female"),
    MALE("male"),
    UNSPECIFIED("unspecified");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Gender> {
        Converter() {
            super(Gender.class);
        }
    }
}
