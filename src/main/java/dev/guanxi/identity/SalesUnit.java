package dev.guanxi.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Whom a forecast figure or a sales target is for: one user (a rep), a team, or a department with
 * everything below it. {@code type} codes: {@code user}, {@code team}, {@code department}.
 */
public record SalesUnit(Type type, UUID id) {

    public enum Type {
        USER("user"), TEAM("team"), DEPARTMENT("department");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Type> fromCode(String code) {
            for (Type t : values()) {
                if (t.code.equals(code)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public SalesUnit {
        java.util.Objects.requireNonNull(type);
        java.util.Objects.requireNonNull(id);
    }

    public static SalesUnit user(UUID id) {
        return new SalesUnit(Type.USER, id);
    }

    public static SalesUnit team(UUID id) {
        return new SalesUnit(Type.TEAM, id);
    }

    public static SalesUnit department(UUID id) {
        return new SalesUnit(Type.DEPARTMENT, id);
    }

    /** A unit with its display name, for pickers and report rows. */
    public record Named(SalesUnit unit, String name) {
    }
}
