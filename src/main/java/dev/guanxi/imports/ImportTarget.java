package dev.guanxi.imports;

import java.util.List;

/**
 * A kind of record that can be imported, declared as a bean by the module that owns it. The engine
 * reads the file, maps columns and values, converts and validates each field as {@link #fields()}
 * describes, resolves references, and hands the target chunks of clean rows; the target decides per
 * row whether it creates, updates, skips (a duplicate) or rejects it, and writes in bulk.
 */
public interface ImportTarget {

    /** The resource name of CONTRACTS.md, e.g. {@code contacts}. */
    String entity();

    /** Message key of the plural name shown in the wizard. */
    String labelKey();

    List<ImportField> fields();

    /**
     * Whether {@code user} may import these records at all (the wizard hides the target from them; the
     * upload and the start refuse with 403). Every signed-in user by default; rules about single
     * records stay in {@link #apply}.
     */
    default boolean mayImport(dev.guanxi.identity.CurrentUser user) {
        return true;
    }

    /** Fields a duplicate can be recognised by, in the order they are tried by default. */
    List<String> matchFields();

    /**
     * Judges (dry run) or writes one chunk in the caller's transaction. Returns one outcome per row,
     * in any order. Must not throw for a bad row: a row it cannot take is {@link RowOutcome#rejected}.
     */
    List<RowOutcome> apply(ImportBatch batch);
}
