package dev.guanxi.imports.internal.source;

/** The guard rails against files no person would import on purpose (and against memory exhaustion). */
public final class SourceLimits {

    /** The widest header row accepted. */
    public static final int MAX_COLUMNS = 200;

    /** The longest cell accepted, in characters: the limit of an Excel cell. */
    public static final int MAX_CELL_LENGTH = 32_767;

    /**
     * The most characters one CSV record may take: a full row of maximal cells plus quoting. A larger record is a
     * quote that was never closed swallowing the rest of the file, which would otherwise be read into memory.
     */
    public static final long MAX_RECORD_CHARS = (long) MAX_COLUMNS * (MAX_CELL_LENGTH + 3);

    /** How much of a text file the encoding and delimiter detection look at. */
    public static final int DETECTION_SAMPLE_BYTES = 1 << 20;

    private SourceLimits() {
    }
}
