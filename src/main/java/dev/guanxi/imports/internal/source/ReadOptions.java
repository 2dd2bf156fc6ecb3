package dev.guanxi.imports.internal.source;

import java.nio.charset.Charset;

/**
 * What the user chose about a file; each {@code null} means "detect it".
 *
 * @param format    the file format, or null to detect it from the content and the name
 * @param charset   the text encoding of a CSV or vCard file, or null to detect it
 * @param delimiter the CSV field separator, or null to detect it from the header line
 */
public record ReadOptions(SourceFormat format, Charset charset, Character delimiter) {

    public static ReadOptions detect() {
        return new ReadOptions(null, null, null);
    }
}
