package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.CompetitorWinLoss;
import dev.guanxi.sales.internal.FunnelReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The win/loss-by-competitor page: the table per competitor, and one competitor's deals with their SWOT notes. */
@Controller
class CompetitorReportPages {

    private final CompetitorWinLoss report;
    private final OpportunityFilterParameters filters;
    private final SalesChoices choices;

    CompetitorReportPages(CompetitorWinLoss report, OpportunityFilterParameters filters, SalesChoices choices) {
        this.report = report;
        this.filters = filters;
        this.choices = choices;
    }

    @GetMapping("/reports/win-loss")
    String winLoss(@RequestParam Map<String, String> params, Model model) {
        FunnelReport.Criteria criteria = filters.funnelCriteria(params);
        CurrentUser me = CurrentUser.require();
        List<CompetitorWinLoss.Row> rows = report.run(criteria, me.scope());
        UUID selected = OpportunityFilterParameters.uuid(params.get("competitorId"), "competitorId");
        model.addAttribute("rows", rows);
        model.addAttribute("selected", rows.stream().filter(r -> r.competitorId().equals(selected)).findFirst().orElse(null));
        model.addAttribute("deals", selected == null ? List.of()
                : report.deals(selected, criteria, me.scope(), CompetitorReportApi.DEALS_LIMIT));
        Map<String, String> current = new LinkedHashMap<>();
        List.of("ownerId", "departmentId", "teamId", "productId", "region", "from", "to").forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("filters", current);
        choices.addTo(model);
        return "sales/win-loss";
    }
}
