package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityCalendar;
import dev.guanxi.activity.internal.ActivityQueries;
import dev.guanxi.activity.internal.ActivityRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.export.ExportRows;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the calendar page and the calendar API share: reading a range and filters, and the rows of an export. */
@Component
class CalendarRequests {

    /** Longer ranges are refused: a calendar never shows more than about six weeks (or a year of agenda). */
    static final Duration MAX_RANGE = Duration.ofDays(400);
    /** An export holds at most this many activities. */
    static final int MAX_EXPORT = 5000;

    private final ActivityCalendar calendar;
    private final ActivityQueries queries;
    private final ActivityFilterParameters filters;

    CalendarRequests(ActivityCalendar calendar, ActivityQueries queries, ActivityFilterParameters filters) {
        this.calendar = calendar;
        this.queries = queries;
        this.filters = filters;
    }

    /** from/to (FullCalendar sends them; start/end are accepted too), then the activity list's filters. */
    List<ActivityCalendar.Event> events(Map<String, String> params) {
        Map<String, String> given = new LinkedHashMap<>(params);
        String from = given.remove("from") != null ? params.get("from") : params.get("start");
        String to = given.remove("to") != null ? params.get("to") : params.get("end");
        given.remove("start");
        given.remove("end");
        CurrentUser me = CurrentUser.require();
        Instant start = ActivityFilterParameters.time(from, "from", me);
        Instant end = ActivityFilterParameters.time(to, "to", me);
        if (start == null || end == null || !start.isBefore(end) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new BadRequestException("problem.filter.invalid", "from");
        }
        return calendar.between(start, end, filters.parse(given), me.scope());
    }

    /** The activities an export holds: the list's filters, in the list's order, page by page up to the limit. */
    List<ActivityRow> exportRows(Map<String, String> params) {
        ActivityQueries.ActivityFilter filter = filters.parse(params);
        VisibilityScope scope = CurrentUser.require().scope();
        List<ActivityRow> rows = new ArrayList<>();
        ExportRows.of(cursor -> queries.list(filter, PageRequest.forExport(cursor, ActivityQueries.DEFAULT_SORT), scope),
                MAX_EXPORT).forEach(rows::add);
        return rows;
    }
}
