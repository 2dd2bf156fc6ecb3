package dev.guanxi.shared.export;

import dev.guanxi.shared.problem.BadRequestException;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The file formats a list exports to. */
public enum ExportFormat {
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** "csv" or "xlsx" (the default when none is given); anything else is a 400. */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return XLSX;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", "format");
        }
    }
}
