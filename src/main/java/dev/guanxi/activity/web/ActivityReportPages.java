package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityAnalysis;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity analysis page (活动分析): per rep, per type, cost per account and deal, effort per deal and stage. */
@Controller
class ActivityReportPages {

    private final ActivityAnalysis analysis;
    private final ActivityFilterParameters filters;
    private final UserDirectory users;

    ActivityReportPages(ActivityAnalysis analysis, ActivityFilterParameters filters, UserDirectory users) {
        this.analysis = analysis;
        this.filters = filters;
        this.users = users;
    }

    @GetMapping("/reports/activities")
    String report(@RequestParam Map<String, String> params, Model model) {
        ActivityAnalysis.Criteria criteria = filters.analysisCriteria(params);
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : List.of("ownerId", "departmentId", "teamId")) {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                shown.put(name, params.get(name));
            }
        }
        shown.put("from", criteria.from() == null ? "" : criteria.from().toString());
        shown.put("to", criteria.to() == null ? "" : criteria.to().toString());
        model.addAttribute("filters", shown);
        model.addAttribute("report", analysis.run(criteria, CurrentUser.require().scope()));
        model.addAttribute("assignableUsers", users.assignableUsers());
        model.addAttribute("departments", users.departments());
        model.addAttribute("teams", users.teams());
        return "activity/report";
    }
}
