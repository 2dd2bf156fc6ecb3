package dev.guanxi.imports;

import java.util.List;

/** One allowed value of an enumerated field: its code, the message key of its label, and other names for it. */
public record EnumOption(String code, String labelKey, List<String> aliases) {

    public EnumOption {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static EnumOption of(String code, String labelKey, String... aliases) {
        return new EnumOption(code, labelKey, List.of(aliases));
    }
}
