package dev.guanxi.imports.internal.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV (and TSV and friends) streamed record by record with commons-csv. */
final class CsvReading {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvReading() {
    }

    /**
     * The delimiter that occurs most often outside double quotes in the first non-empty line (the header, where
     * separators are reliable: names rarely contain them); on a tie the earlier of {@code , ; TAB |}.
     */
    static char detectDelimiter(byte[] sample, Charset charset) {
        String text = new String(sample, charset);
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
                content |= !Character.isWhitespace(c) && c != '\uFEFF';
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    static void read(Reader text, Charset charset, char delimiter, RowShaper shaper) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                // blank lines are skipped by RowShaper, which keeps their row number used up
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                // "abc"def reads as abcdef, like Excel, instead of failing the whole file
                .setTrailingData(true)
                .get();
        RecordBudget budget = new RecordBudget(text);
        try (CSVParser parser = CSVParser.builder().setReader(budget).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long number = 0;
            while (true) {
                // the record about to be read: the header (0) or the next data row
                long next = shaper.hasHeader() ? number + 1 : 0;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw failure(e.getCause(), next, charset);
                }
                budget.newRecord();
                number = next;
                if (!shaper.accept(number, record.toList())) {
                    break;
                }
            }
        }
    }

    private static RuntimeException failure(IOException cause, long row, Charset charset) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return new SourceException("import.source.encoding", cause, row, charset.name());
            }
            if (t instanceof RecordTooLong) {
                return new SourceException("import.source.row-too-long", cause, row, SourceLimits.MAX_RECORD_CHARS);
            }
        }
        return new SourceException("import.source.malformed", cause, row);
    }

    /** Fails a record that grows past {@link SourceLimits#MAX_RECORD_CHARS} (approximate: the parser reads ahead). */
    private static final class RecordBudget extends FilterReader {

        private long used;

        RecordBudget(Reader in) {
            super(in);
        }

        void newRecord() {
            used = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws RecordTooLong {
            used += n;
            if (used > SourceLimits.MAX_RECORD_CHARS + 65_536) {
                throw new RecordTooLong();
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }
}
