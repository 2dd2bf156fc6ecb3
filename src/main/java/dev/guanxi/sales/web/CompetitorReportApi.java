package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.CompetitorWinLoss;
import dev.guanxi.sales.internal.FunnelReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports/win-loss-by-competitor}: deals won and lost against each competitor, and why. */
@RestController
@Tag(name = "Reports")
class CompetitorReportApi {

    static final int DEALS_LIMIT = 200;

    private final CompetitorWinLoss report;
    private final OpportunityFilterParameters filters;

    CompetitorReportApi(CompetitorWinLoss report, OpportunityFilterParameters filters) {
        this.report = report;
        this.filters = filters;
    }

    record CompetitorRow(UUID competitorId, String name, long won, long lost, long open, Double winRate,
                         List<SalesReportApi.Amount> wonAmount, List<SalesReportApi.Amount> lostAmount,
                         Map<String, BigDecimal> averageScores) {
    }

    record WinLoss(LocalDate from, LocalDate to, List<CompetitorRow> competitors) {
    }

    @GetMapping("/api/v1/reports/win-loss-by-competitor")
    @Operation(summary = "Per competitor: deals won and lost (closed from..to), still open, amounts, win rate, "
            + "average SWOT scores (-2..+2, ours against theirs)",
            description = "Filters: from, to, ownerId (or 'me'), departmentId (or 'mine'), teamId, productId, region.")
    WinLoss winLoss(@RequestParam Map<String, String> params) {
        FunnelReport.Criteria criteria = filters.funnelCriteria(params);
        return new WinLoss(criteria.from(), criteria.to(), report.run(criteria, CurrentUser.require().scope()).stream()
                .map(r -> new CompetitorRow(r.competitorId(), r.name(), r.won(), r.lost(), r.open(), r.winRate(),
                        SalesReportApi.Amount.of(r.wonAmount()), SalesReportApi.Amount.of(r.lostAmount()), r.averageScores()))
                .toList());
    }

    @GetMapping("/api/v1/reports/win-loss-by-competitor/{competitorId}")
    @Operation(summary = "The deals against one competitor with their SWOT notes and the win or loss reason")
    List<CompetitorWinLoss.Deal> deals(@PathVariable UUID competitorId, @RequestParam Map<String, String> params) {
        return report.deals(competitorId, filters.funnelCriteria(params), CurrentUser.require().scope(), DEALS_LIMIT);
    }
}
