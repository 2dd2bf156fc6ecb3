package dev.guanxi.customer.internal;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** A business relation between two accounts besides parent/subsidiary (客户间的商业关系). */
public enum AccountRelationType implements CodedEnum {
    PARTNER("partner"),
    COMPETITOR("competitor"),
    REFERRAL("referral");

    private final String code;

    AccountRelationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<AccountRelationType> {
        Converter() {
            super(AccountRelationType.class);
        }
    }
}
