package dev.guanxi.shared.export;

import dev.guanxi.shared.problem.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/exports?entity=...&format=csv|xlsx|vcf} of CONTRACTS.md: the same download as the
 * entity's own {@code /api/v1/<entity>/export}, which applies the list's filters and the caller's
 * visibility; this only forwards there, query string and all.
 */
@RestController
@Tag(name = "Exports")
class ExportsApi {

    static final List<String> ENTITIES = List.of("accounts", "contacts", "leads", "opportunities", "activities");

    @GetMapping("/api/v1/exports")
    @Operation(summary = "Export a list (entity = accounts, contacts, leads, opportunities or activities)",
            description = "Takes the list's filters and sort, and format=csv, xlsx, or vcf for contacts; streamed.")
    void export(@RequestParam(required = false) String entity, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (entity == null || !ENTITIES.contains(entity)) {
            throw new BadRequestException("export.entity.unknown", "entity", String.join(", ", ENTITIES));
        }
        request.getRequestDispatcher("/api/v1/" + entity + "/export").forward(request, response);
    }
}
