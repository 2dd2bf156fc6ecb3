package dev.guanxi.imports.web;

import dev.guanxi.imports.internal.ImportJob;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers of the error file download, shared by the page and the API. */
final class ImportDownloads {

    private ImportDownloads() {
    }

    static void errorFile(ImportJob job, HttpServletResponse response) {
        String base = job.fileName().replaceAll("\\.[A-Za-z0-9]{1,6}$", "");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(base + "-errors.csv", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
