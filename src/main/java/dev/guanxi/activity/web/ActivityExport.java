package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityQueries;
import dev.guanxi.activity.internal.ActivityRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.export.ExportColumn;
import dev.guanxi.shared.export.ExportFormat;
import dev.guanxi.shared.export.ListExports;
import dev.guanxi.shared.paging.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activity list as a file (CSV or Excel): the list's view, filters and visibility, every page streamed. */
@RestController
@Tag(name = "Activities")
class ActivityExport {

    static final List<ExportColumn<ActivityRow>> COLUMNS = List.of(
            ExportColumn.of("activity.field.subject", ActivityRow::subject),
            ExportColumn.label("activity.field.type", "activity.type.", ActivityRow::type),
            ExportColumn.label("activity.field.status", "activity.status.", ActivityRow::shownStatus),
            ExportColumn.label("activity.field.priority", "activity.priority.", ActivityRow::priority),
            ExportColumn.of("activity.field.plannedStart", ActivityRow::plannedStart),
            ExportColumn.of("activity.field.plannedEnd", ActivityRow::plannedEnd),
            ExportColumn.of("activity.field.actualStart", ActivityRow::actualStart),
            ExportColumn.of("activity.field.location", ActivityRow::location),
            ExportColumn.of("opportunity.field.accountId", ActivityRow::accountName),
            ExportColumn.of("activity.field.contactId", ActivityRow::contactName),
            ExportColumn.of("opportunity.field.name", ActivityRow::opportunityName),
            ExportColumn.of("account.field.ownerId", ActivityRow::ownerName),
            ExportColumn.of("activity.field.cost", ActivityRow::cost),
            ExportColumn.of("opportunity.field.currency", ActivityRow::currency),
            ExportColumn.label("activity.field.evaluation", "activity.evaluation.", ActivityRow::evaluation),
            ExportColumn.of("activity.field.result", ActivityRow::result));

    private final ActivityQueries queries;
    private final ActivityFilterParameters filters;
    private final ListExports exports;

    ActivityExport(ActivityQueries queries, ActivityFilterParameters filters, ListExports exports) {
        this.queries = queries;
        this.filters = filters;
        this.exports = exports;
    }

    @GetMapping({"/activities/export", "/api/v1/activities/export"})
    @Operation(summary = "Export the activities the list would show", description = "format=xlsx (default) or csv; the "
            + "view and filters of GET /api/v1/activities; every page, streamed.")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
        ExportFormat format = ExportFormat.parse(params.get("format"));
        ActivityQueries.ActivityFilter filter = filters.parse(params);
        CurrentUser me = CurrentUser.require();
        var sort = filter.view() == ActivityQueries.View.DONE ? ActivityQueries.LATEST_FIRST : ActivityQueries.DEFAULT_SORT;
        exports.send(response, format, "activities", ZoneId.of(me.timeZone()), COLUMNS,
                cursor -> queries.list(filter, PageRequest.forExport(cursor, sort), me.scope()));
    }
}
