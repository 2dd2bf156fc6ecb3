package dev.guanxi.shared.files;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to store and to send back: only the last path segment (so
 * "../../etc/passwd" or "C:\\x\\y.pdf" cannot point anywhere), no control or quote characters, a
 * leading dot removed, at most 200 characters with the extension kept. Chinese names stay as typed.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String safe(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return "file";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
