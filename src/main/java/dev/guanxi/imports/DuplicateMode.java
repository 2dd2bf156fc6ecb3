package dev.guanxi.imports;

/** What happens to a row that matches an existing record (CONTRACTS.md {@code onDuplicate}). */
public enum DuplicateMode {
    SKIP, UPDATE, CREATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
