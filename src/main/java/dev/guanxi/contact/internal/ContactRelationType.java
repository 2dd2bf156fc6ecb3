package dev.guanxi.contact.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** A tie between two people (人际关系): from knows / reports to / ... to. */
public enum ContactRelationType implements CodedEnum {
    KNOWS("knows"),
    REPORTS_TO("reports_to"),
    FRIEND("friend"),
    FORMER_COLLEAGUE("former_colleague"),
    RELATIVE("relative");

    private final String code;

    ContactRelationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<ContactRelationType> {
        Converter() {
            super(ContactRelationType.class);
        }
    }
}
