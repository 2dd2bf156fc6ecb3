package dev.guanxi.imports;

import java.util.List;

/**
 * A field of a target that a column can be mapped to: its JSON name (CONTRACTS.md), label, type and
 * rules, and the header names it is usually found under in files from Excel and other CRMs, in
 * Chinese and English (for the suggested mapping).
 */
public record ImportField(String name, String labelKey, FieldType type, boolean required, int maxLength,
                          List<String> headerAliases, List<EnumOption> options, ReferenceResolver reference) {

    public ImportField {
        headerAliases = headerAliases == null ? List.of() : List.copyOf(headerAliases);
        options = options == null ? List.of() : List.copyOf(options);
        if ((type == FieldType.ENUM || type == FieldType.ENUM_SET) && options.isEmpty()) {
            throw new IllegalArgumentException(name + ": an enumerated field needs its options");
        }
        if (type == FieldType.REFERENCE && reference == null) {
            throw new IllegalArgumentException(name + ": a reference field needs its resolver");
        }
    }

    public static ImportField text(String name, String labelKey, int maxLength, String... aliases) {
        return new ImportField(name, labelKey, FieldType.TEXT, false, maxLength, List.of(aliases), null, null);
    }

    public static ImportField of(String name, String labelKey, FieldType type, String... aliases) {
        return new ImportField(name, labelKey, type, false, 0, List.of(aliases), null, null);
    }

    public static ImportField choice(String name, String labelKey, List<EnumOption> options, String... aliases) {
        return new ImportField(name, labelKey, FieldType.ENUM, false, 0, List.of(aliases), options, null);
    }

    public static ImportField reference(String name, String labelKey, ReferenceResolver resolver, String... aliases) {
        return new ImportField(name, labelKey, FieldType.REFERENCE, false, 0, List.of(aliases), null, resolver);
    }

    public ImportField asRequired() {
        return new ImportField(name, labelKey, type, true, maxLength, headerAliases, options, reference);
    }

    public ImportField withType(FieldType newType, List<EnumOption> newOptions) {
        return new ImportField(name, labelKey, newType, required, maxLength, headerAliases, newOptions, reference);
    }
}
