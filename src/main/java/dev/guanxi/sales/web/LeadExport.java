package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.LeadQueries;
import dev.guanxi.sales.internal.LeadRow;
import dev.guanxi.shared.export.ExportColumn;
import dev.guanxi.shared.export.ExportFormat;
import dev.guanxi.shared.export.ListExports;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lead list (or the lead pool) as a file (CSV or Excel): the list's filters and visibility, every page streamed. */
@RestController
@Tag(name = "Leads")
class LeadExport {

    static final List<ExportColumn<LeadRow>> COLUMNS = List.of(
            ExportColumn.of("lead.field.name", LeadRow::name),
            ExportColumn.of("lead.field.company", LeadRow::company),
            ExportColumn.of("lead.field.title", LeadRow::title),
            ExportColumn.of("lead.field.email", LeadRow::email),
            ExportColumn.of("lead.field.phone", LeadRow::phone),
            ExportColumn.of("lead.field.mobile", LeadRow::mobile),
            ExportColumn.label("lead.field.source", "lead.source.", LeadRow::source),
            ExportColumn.label("lead.field.status", "lead.status.", LeadRow::status),
            ExportColumn.label("lead.field.rating", "lead.rating.", LeadRow::rating),
            ExportColumn.of("lead.field.budget", LeadRow::budget),
            ExportColumn.of("opportunity.field.currency", LeadRow::currency),
            ExportColumn.of("lead.field.interest", LeadRow::interest),
            ExportColumn.of("account.field.region", LeadRow::region),
            ExportColumn.of("account.field.city", LeadRow::city),
            ExportColumn.of("account.field.ownerId", LeadRow::ownerName),
            ExportColumn.of("account.field.createdAt", LeadRow::createdAt));

    private final LeadQueries queries;
    private final ListExports exports;

    LeadExport(LeadQueries queries, ListExports exports) {
        this.queries = queries;
        this.exports = exports;
    }

    @GetMapping({"/leads/export", "/api/v1/leads/export"})
    @Operation(summary = "Export the leads the list would show", description = "format=xlsx (default) or csv; q, status, "
            + "source, ownerId (or 'me'), pool=true as for GET /api/v1/leads; every page, streamed.")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String source,
                @RequestParam(required = false) String ownerId, @RequestParam(required = false) boolean pool,
                HttpServletResponse response) {
        ExportFormat parsed = ExportFormat.parse(format);
        LeadQueries.LeadFilter filter = LeadApi.filter(q, status, source, ownerId, pool);
        Sort sort = LeadQueries.DEFAULT_SORT;
        CurrentUser me = CurrentUser.require();
        exports.send(response, parsed, pool ? "lead-pool" : "leads", ZoneId.of(me.timeZone()), COLUMNS,
                cursor -> queries.list(filter, PageRequest.forExport(cursor, sort), me.scope()));
    }
}
