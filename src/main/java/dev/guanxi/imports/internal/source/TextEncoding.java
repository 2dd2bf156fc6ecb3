package dev.guanxi.imports.internal.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which character set a text file is in, and a reader that refuses bytes that are not in it.
 * <p>
 * Files come from two worlds: UTF-8 (web exports, Mac, newer Excel "CSV UTF-8") and GBK (Excel on Chinese Windows
 * saves "CSV" in the ANSI code page). A byte-order mark decides; otherwise text that is valid UTF-8 in its first MiB is
 * taken as UTF-8 (GBK text of any length is practically never valid UTF-8), and everything else as GB18030, the
 * superset of GBK and GB2312.
 */
final class TextEncoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /**
     * @param sample   the first bytes of the file
     * @param complete whether the sample is the whole file; if not, a multi-byte sequence cut at its end is fine
     */
    static Charset detect(byte[] sample, boolean complete) {
        if (SourceFormat.startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (SourceFormat.startsWith(sample, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (SourceFormat.startsWith(sample, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(sample, complete) ? StandardCharsets.UTF_8 : GB18030;
    }

    static boolean isUtf8(byte[] sample, boolean complete) {
        CharsetDecoder decoder = strictDecoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            // underflow: all decoded, or only the start of a sequence cut by the end of the sample remains
            return !complete || decoder.flush(out).isUnderflow();
        }
    }

    /** Opens the file as text in {@code charset}, dropping a byte-order mark of that charset. */
    static Reader open(InputStream raw, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(raw, 65_536);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        int bom = 0;
        if (charset.equals(StandardCharsets.UTF_8) && SourceFormat.startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (charset.equals(StandardCharsets.UTF_16LE) && SourceFormat.startsWith(head, 0xFF, 0xFE)
                || charset.equals(StandardCharsets.UTF_16BE) && SourceFormat.startsWith(head, 0xFE, 0xFF)) {
            bom = 2;
        }
        in.skipNBytes(bom);
        return new StrictReader(in, strictDecoder(charset));
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Decodes strictly, and unlike {@link java.io.InputStreamReader} hands out every character before a bad byte
     * first and fails only on the read after: so the parser has consumed the rows before the error and the error is
     * reported at the row that really holds it, not at a row a read-ahead buffer earlier.
     */
    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(16_384).flip();
        private CoderResult pendingError;
        private boolean endOfInput;
        private boolean flushed;

        StrictReader(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (pendingError != null) {
                pendingError.throwException();
            }
            if (flushed) {
                // the decoder has finished; a reader asked again after the end (a parser peeking) gets the end again
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (true) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    pendingError = result;
                    break;
                }
                if (result.isOverflow() || out.position() > offset) {
                    break;
                }
                if (endOfInput) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(out);
                    }
                    if (out.position() > offset) {
                        break;
                    }
                    return -1;
                }
                fill();
            }
            int count = out.position() - offset;
            if (count == 0) {
                pendingError.throwException();
            }
            return count;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
