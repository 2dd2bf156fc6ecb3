package dev.guanxi.imports.internal;

import dev.guanxi.shared.problem.BadRequestException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The encodings a user may choose for a text file when detection gets it wrong (a GBK file whose first
 * megabyte happens to be plain ASCII, a Big5 file from Taiwan). GBK and GB2312 are read as GB18030,
 * which contains them.
 */
public final class FileEncodings {

    private static final Map<String, String> CHOICES = new LinkedHashMap<>();

    static {
        CHOICES.put("utf-8", "UTF-8");
        CHOICES.put("gb18030", "GB18030");
        CHOICES.put("gbk", "GB18030");
        CHOICES.put("gb2312", "GB18030");
        CHOICES.put("big5", "Big5");
        CHOICES.put("utf-16le", "UTF-16LE");
        CHOICES.put("utf-16be", "UTF-16BE");
        CHOICES.put("iso-8859-1", "ISO-8859-1");
        CHOICES.put("windows-1252", "windows-1252");
    }

    private FileEncodings() {
    }

    /** The chosen encoding, or null for "detect"; anything else is a 400 naming {@code charset}. */
    public static Charset parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        String name = CHOICES.get(value.strip().toLowerCase(Locale.ROOT));
        if (name == null) {
            throw new BadRequestException("import.charset.unknown", "charset", "auto, " + String.join(", ", CHOICES.keySet()));
        }
        return Charset.forName(name);
    }
}
