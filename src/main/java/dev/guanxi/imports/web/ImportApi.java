package dev.guanxi.imports.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.EnumOption;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.internal.FileEncodings;
import dev.guanxi.imports.internal.ImportJob;
import dev.guanxi.imports.internal.ImportMapping;
import dev.guanxi.imports.internal.ImportRejects;
import dev.guanxi.imports.internal.ImportTargets;
import dev.guanxi.imports.internal.Imports;
import dev.guanxi.imports.internal.MappingJson;
import dev.guanxi.shared.problem.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/imports} (CONTRACTS.md "Import API"): upload a file with an entity and optionally a
 * mapping; the import (or with {@code dryRun=true} its preview) runs in the background; follow it with
 * {@code GET /{id}}, fetch the rejected rows as CSV from {@code errorReport}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportApi {

    private final Imports imports;
    private final ImportTargets targets;
    private final ImportRejects rejects;
    private final MappingJson mappings;

    ImportApi(Imports imports, ImportTargets targets, ImportRejects rejects, MappingJson mappings) {
        this.imports = imports;
        this.targets = targets;
        this.rejects = rejects;
        this.mappings = mappings;
    }

    record ImportView(UUID id, String entity, String status, boolean dryRun, long rows, long created, long updated,
                      long skipped, long rejected, String errorReport, String fileName, String format, String charset,
                      String error, Instant createdAt, Instant finishedAt) {
        static ImportView of(ImportJob job) {
            return new ImportView(job.id(), job.entity(), job.status() == ImportJob.Status.DRAFT ? "draft" : job.status().code(),
                    job.dryRun(), job.rowsRead(), job.created(), job.updated(), job.skipped(), job.rejected(),
                    "/api/v1/imports/" + job.id() + "/errors", job.fileName(), job.format(), job.charset(), job.error(),
                    job.createdAt(), job.finishedAt());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file and import it (or preview it with dryRun=true) in the background",
            description = "Parts: file (CSV in UTF-8 or GBK/GB18030, .xlsx, .xls, .vcf), entity (e.g. contacts, accounts), "
                    + "optional mapping (JSON, see CONTRACTS.md; without it the suggested mapping is used), optional dryRun, "
                    + "optional charset of a text file (auto, utf-8, gbk, gb18030, big5, ...; default: detected).")
    ResponseEntity<ImportView> create(@RequestPart(value = "file", required = false) MultipartFile file,
                                      @RequestParam(value = "entity", required = false) String entity,
                                      @RequestParam(value = "mapping", required = false) String mapping,
                                      @RequestParam(value = "dryRun", defaultValue = "false") boolean dryRun,
                                      @RequestParam(value = "charset", required = false) String charset) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "validation.file-empty");
        }
        targets.requireFor(entity, CurrentUser.require());
        ImportMapping given = mappings.read(mapping);
        java.nio.charset.Charset encoding = FileEncodings.parse(charset);
        ImportJob job;
        try (InputStream content = file.getInputStream()) {
            job = imports.uploadAndStart(entity, file.getOriginalFilename(), content, given, encoding, dryRun);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(ImportView.of(job));
    }

    @GetMapping("/{id}")
    ImportView get(@PathVariable UUID id) {
        return ImportView.of(imports.job(id));
    }

    @GetMapping
    List<ImportView> recent() {
        return imports.recent().stream().map(ImportView::of).toList();
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Run a previewed import for real")
    ResponseEntity<ImportView> start(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(ImportView.of(imports.start(id, false)));
    }

    @PostMapping("/{id}/cancel")
    ImportView cancel(@PathVariable UUID id) {
        return ImportView.of(imports.cancel(id));
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "The rejected rows as CSV: the original columns, the row number and the reason")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportJob job = imports.job(id);
        ImportDownloads.errorFile(job, response);
        rejects.writeCsv(job, locale(), response.getOutputStream());
    }

    record FieldView(String name, String type, boolean required, List<String> options) {
    }

    record EntityView(String entity, List<FieldView> fields, List<String> matchOn) {
    }

    @GetMapping("/entities")
    @Operation(summary = "What can be imported: each entity's fields, their types, allowed codes and match fields")
    List<EntityView> entities() {
        return targets.availableTo(CurrentUser.require()).stream().map(t -> new EntityView(t.entity(), t.fields().stream().map(ImportApi::field).toList(),
                t.matchFields())).toList();
    }

    private static FieldView field(ImportField field) {
        return new FieldView(field.name(), field.type().name().toLowerCase(Locale.ROOT), field.required(),
                field.options().stream().map(EnumOption::code).toList());
    }

    private static Locale locale() {
        return Locale.forLanguageTag(CurrentUser.require().language());
    }
}
