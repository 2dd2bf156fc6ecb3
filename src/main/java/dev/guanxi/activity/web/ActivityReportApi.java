package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityAnalysis;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.values.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activity analysis for integrations and spreadsheets: the same figures as the report page. */
@RestController
@Tag(name = "Reports")
class ActivityReportApi {

    private final ActivityAnalysis analysis;
    private final ActivityFilterParameters filters;

    ActivityReportApi(ActivityAnalysis analysis, ActivityFilterParameters filters) {
        this.analysis = analysis;
        this.filters = filters;
    }

    record Rep(UUID ownerId, String ownerName, long done, long pending, long overdue, long cancelled, List<Money> cost) {
        static Rep of(ActivityAnalysis.RepFigures r) {
            return new Rep(r.ownerId(), r.ownerName(), r.done(), r.pending(), r.overdue(), r.cancelled(), r.cost());
        }
    }

    record Effort(String outcome, long deals, long activities, Double activitiesPerDeal) {
    }

    record StageEffort(String stage, String nameEn, String nameZh, long activities, long deals, Double activitiesPerDeal) {
    }

    record Report(LocalDate from, LocalDate to, List<Rep> reps, Rep total, List<ActivityAnalysis.TypeFigures> types,
                  List<ActivityAnalysis.RecordCost> costByAccount, List<ActivityAnalysis.RecordCost> costByOpportunity,
                  List<Effort> effortByOutcome, List<StageEffort> effortByStage) {
    }

    @GetMapping("/api/v1/reports/activities")
    @Operation(summary = "Activity analysis: executed, pending and overdue per rep, cost per rep, account and opportunity, "
            + "activities per won or lost deal and per stage", description = "from, to: days, both included (default: the "
            + "current month); ownerId ('me' or a user), departmentId (subtree, or 'mine'), teamId. Activities owned within "
            + "the caller's visibility.")
    Report report(@RequestParam Map<String, String> params) {
        ActivityAnalysis.Criteria criteria = filters.analysisCriteria(params);
        ActivityAnalysis.Analysis result = analysis.run(criteria, CurrentUser.require().scope());
        return new Report(criteria.from(), criteria.to(), result.reps().stream().map(Rep::of).toList(), Rep.of(result.total()),
                result.types(), result.accounts(), result.opportunities(),
                result.outcomes().stream().map(o -> new Effort(o.outcome(), o.deals(), o.activities(), o.perDeal())).toList(),
                result.stages().stream().map(s -> new StageEffort(s.stageCode(), s.nameEn(), s.nameZh(), s.activities(), s.deals(),
                        s.perDeal())).toList());
    }
}
