package dev.guanxi.imports.internal.source;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an import reads. */
public enum SourceFormat {
    CSV, XLSX, XLS, VCARD;

    /** The format the file name promises; empty for an unknown or missing extension. */
    public static Optional<SourceFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1)) {
            case "csv", "txt", "tsv" -> Optional.of(CSV);
            case "xlsx" -> Optional.of(XLSX);
            case "xls" -> Optional.of(XLS);
            case "vcf", "vcard" -> Optional.of(VCARD);
            default -> Optional.empty();
        };
    }

    /**
     * The format the first bytes of a file show: a zip ({@code PK\3\4}) is an xlsx, an OLE2 container
     * ({@code D0 CF 11 E0}) an xls, text that starts with {@code BEGIN:VCARD} a vCard, anything else CSV.
     */
    public static SourceFormat fromContent(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return XLS;
        }
        return startsWithBeginVcard(head) ? VCARD : CSV;
    }

    private static boolean startsWithBeginVcard(byte[] head) {
        String text;
        if (startsWith(head, 0xFF, 0xFE)) {
            text = new String(head, 2, head.length - 2, java.nio.charset.StandardCharsets.UTF_16LE);
        } else if (startsWith(head, 0xFE, 0xFF)) {
            text = new String(head, 2, head.length - 2, java.nio.charset.StandardCharsets.UTF_16BE);
        } else {
            int from = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = new String(head, from, head.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length());
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
