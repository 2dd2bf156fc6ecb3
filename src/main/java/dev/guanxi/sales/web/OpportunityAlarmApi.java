package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/opportunities/alarms}: abnormal opportunities under the caller's visibility. */
@RestController
@Tag(name = "Opportunities")
class OpportunityAlarmApi {

    private final OpportunityAlarmPages pages;

    OpportunityAlarmApi(OpportunityAlarmPages pages) {
        this.pages = pages;
    }

    @GetMapping("/api/v1/opportunities/alarms")
    @Operation(summary = "Abnormal opportunities", description = "Open deals over their stage's maximum days, idle for "
            + "guanxi.sales.idle-days, past their expected close date, or with buying-committee gaps; reasons: "
            + "stage-overdue, idle, close-date-passed, no-economic-buyer, no-coach, key-person-opposes. "
            + "Filter ownerId (or 'me'); sort as the opportunity list (default expectedCloseDate).")
    Slice<AlarmView> list(@RequestParam(required = false) String ownerId, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        return pages.find(ownerId, limit, cursor, Sort.parse(sort, OpportunityQueries.SORTS,
                OpportunityAlarmPages.CLOSING_FIRST)).map(AlarmView::of);
    }
}
