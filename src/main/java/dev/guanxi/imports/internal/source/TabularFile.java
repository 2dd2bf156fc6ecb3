package dev.guanxi.imports.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * An uploaded file (CSV, Excel, vCard) read as a header row and data rows, streamed to a {@link RowHandler}.
 * <p>
 * The format comes from the content: a zip is an xlsx, an OLE2 container an xls, text starting with BEGIN:VCARD a
 * vCard, any other text CSV. A file named .xlsx or .xls whose content is text is refused rather than read as CSV:
 * the user picked a spreadsheet and would not recognise what comes out.
 */
public final class TabularFile {

    /**
     * What detection found (or the user chose).
     *
     * @param charset   the text encoding; null for the binary formats
     * @param delimiter the field separator; null unless CSV
     */
    public record Detected(SourceFormat format, Charset charset, Character delimiter) {
    }

    private TabularFile() {
    }

    public static Detected detect(InputStreamSupplier source, String fileName, ReadOptions options)
            throws IOException {
        ReadOptions chosen = options == null ? ReadOptions.detect() : options;
        byte[] sample;
        boolean complete;
        try (InputStream in = source.open()) {
            sample = in.readNBytes(SourceLimits.DETECTION_SAMPLE_BYTES);
            complete = in.read() < 0;
        }
        SourceFormat format = chosen.format() != null ? chosen.format() : format(sample, fileName);
        if (format == SourceFormat.XLSX || format == SourceFormat.XLS) {
            return new Detected(format, null, null);
        }
        Charset charset = chosen.charset() != null ? chosen.charset() : TextEncoding.detect(sample, complete);
        Character delimiter = null;
        if (format == SourceFormat.CSV) {
            delimiter = chosen.delimiter() != null ? chosen.delimiter() : CsvReading.detectDelimiter(sample, charset);
        }
        return new Detected(format, charset, delimiter);
    }

    /**
     * Reads the file to the handler: {@link RowHandler#headers} once, then the data rows.
     *
     * @return the number of data rows handed to the handler (blank rows skipped are not counted)
     * @throws SourceException when the file is not readable as the detected format (see its message keys)
     * @throws IOException     when the source itself cannot be opened or read
     */
    public static long read(InputStreamSupplier source, String fileName, ReadOptions options, RowHandler handler)
            throws IOException {
        Detected detected = detect(source, fileName, options);
        RowShaper shaper = new RowShaper(handler);
        try (InputStream in = source.open()) {
            switch (detected.format()) {
                case CSV -> {
                    try (Reader text = TextEncoding.open(in, detected.charset())) {
                        CsvReading.read(text, detected.charset(), detected.delimiter(), shaper);
                    }
                }
                case VCARD -> {
                    try (Reader text = TextEncoding.open(in, detected.charset())) {
                        VCardReading.read(text, detected.charset(), shaper);
                    }
                }
                case XLSX -> XlsxReading.read(in, shaper);
                case XLS -> XlsReading.read(in, shaper);
            }
        }
        shaper.requireHeader();
        return shaper.delivered();
    }

    private static SourceFormat format(byte[] sample, String fileName) {
        SourceFormat content = SourceFormat.fromContent(sample);
        if (content == SourceFormat.XLSX || content == SourceFormat.XLS) {
            return content;
        }
        SourceFormat named = SourceFormat.fromFileName(fileName).orElse(content);
        if (named == SourceFormat.XLSX || named == SourceFormat.XLS) {
            throw new SourceException("import.source.unreadable");
        }
        return content;
    }
}
