package dev.guanxi.shared.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends an export as a download, written straight to the response as it is produced. */
public final class ExportResponse {

    private ExportResponse() {
    }

    /** @param baseName e.g. "accounts": the file is called accounts-2026-11-25.xlsx (the user's date) */
    public static void send(HttpServletResponse response, ExportFormat format, String baseName, ZoneId zone,
                            Consumer<OutputStream> body) {
        String fileName = baseName + "-" + LocalDate.now(zone) + "." + format.extension();
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            OutputStream out = response.getOutputStream();
            body.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
