package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityRow;
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
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The opportunity list as a file (CSV or Excel): the list's filters, sort and visibility, every page streamed. */
@RestController
@Tag(name = "Opportunities")
class OpportunityExport {

    static final List<ExportColumn<OpportunityRow>> COLUMNS = List.of(
            ExportColumn.of("opportunity.field.name", OpportunityRow::name),
            ExportColumn.of("opportunity.field.accountId", OpportunityRow::accountName),
            ExportColumn.of("opportunity.field.stage", row ->
                    "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? row.stageNameZh() : row.stageNameEn()),
            ExportColumn.label("opportunity.field.status", "opportunity.status.", OpportunityRow::status),
            ExportColumn.of("opportunity.field.amount", OpportunityRow::amount),
            ExportColumn.of("opportunity.field.currency", OpportunityRow::currency),
            ExportColumn.of("opportunity.field.probability", OpportunityRow::probability),
            ExportColumn.of("opportunity.field.expectedCloseDate", OpportunityRow::expectedCloseDate),
            ExportColumn.of("opportunity.field.closeDate", OpportunityRow::closeDate),
            ExportColumn.label("opportunity.field.forecastCategory", "opportunity.forecast-category.", OpportunityRow::forecastCategory),
            ExportColumn.label("opportunity.field.source", "opportunity.source.", OpportunityRow::source),
            ExportColumn.label("opportunity.field.salesMethod", "opportunity.method.", OpportunityRow::salesMethod),
            ExportColumn.of("opportunity.field.winReason", OpportunityRow::winReason),
            ExportColumn.of("opportunity.field.lossReason", OpportunityRow::lossReason),
            ExportColumn.of("opportunity.field.ownerId", OpportunityRow::ownerName),
            ExportColumn.of("account.field.createdAt", OpportunityRow::createdAt),
            ExportColumn.of("account.field.updatedAt", OpportunityRow::updatedAt));

    private final OpportunityQueries queries;
    private final OpportunityFilterParameters filters;
    private final ListExports exports;

    OpportunityExport(OpportunityQueries queries, OpportunityFilterParameters filters, ListExports exports) {
        this.queries = queries;
        this.filters = filters;
        this.exports = exports;
    }

    @GetMapping({"/opportunities/export", "/api/v1/opportunities/export"})
    @Operation(summary = "Export the opportunities the list would show", description = "format=xlsx (default) or csv; "
            + "the filters and sort of GET /api/v1/opportunities; every page, streamed.")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
        ExportFormat format = ExportFormat.parse(params.get("format"));
        Sort sort = Sort.parse(params.get("sort"), OpportunityQueries.SORTS, OpportunityQueries.DEFAULT_SORT);
        var filter = filters.parse(params);
        CurrentUser me = CurrentUser.require();
        exports.send(response, format, "opportunities", ZoneId.of(me.timeZone()), COLUMNS,
                cursor -> queries.list(filter, PageRequest.forExport(cursor, sort), me.scope()));
    }
}
