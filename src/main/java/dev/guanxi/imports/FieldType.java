package dev.guanxi.imports;

/** How the engine reads a cell for a field before the target sees it. */
public enum FieldType {
    /** Trimmed text, checked against the field's maximum length. */
    TEXT,
    /** An e-mail address, lower-cased. */
    EMAIL,
    /** A phone number: digits, spaces, +, -, (, ), extensions. */
    PHONE,
    /** A {@link java.time.LocalDate}, in any of the usual formats. */
    DATE,
    /** A {@link java.math.BigDecimal} (thousands separators, 万/亿, currency signs allowed). */
    NUMBER,
    /** A {@link Boolean} (yes/no, 是/否, 1/0...). */
    BOOLEAN,
    /** One code of {@link ImportField#options()}, by code, label in either language, alias or mapping. */
    ENUM,
    /** Several codes of {@link ImportField#options()} separated by , ; 、 or | (a set, e.g. tags). */
    ENUM_SET,
    /** A {@link java.util.UUID} of another record, found by {@link ImportField#reference()}. */
    REFERENCE
}
