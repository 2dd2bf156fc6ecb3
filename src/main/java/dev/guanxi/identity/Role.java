package dev.guanxi.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the product; {@link #code()} is what the API and the database use. */
public enum Role {
    ADMIN("admin"),
    SALES_VP("sales_vp"),
    SALES_MANAGER("sales_manager"),
    SALES_REP("sales_rep"),
    SERVICE_AGENT("service_agent"),
    MARKETER("marketer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
