package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.FunnelReport;
import dev.guanxi.sales.internal.OpportunityFilter;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityStatus;
import dev.guanxi.sales.internal.SalesProcesses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports/funnel} and {@code /pipeline}: the figures of the funnel and board pages. */
@RestController
@Tag(name = "Reports")
class SalesReportApi {

    private final FunnelReport funnel;
    private final OpportunityQueries queries;
    private final OpportunityFilterParameters filters;
    private final SalesProcesses processes;

    SalesReportApi(FunnelReport funnel, OpportunityQueries queries, OpportunityFilterParameters filters,
                   SalesProcesses processes) {
        this.funnel = funnel;
        this.queries = queries;
        this.filters = filters;
        this.processes = processes;
    }

    record FunnelStage(String stage, String nameEn, String nameZh, String outcome, int probability, long openCount,
                       List<Amount> openAmount, List<Amount> weightedAmount, long reached, Double conversionToNext,
                       Double averageDaysInStage, long lostHere) {
    }

    record Funnel(String process, LocalDate from, LocalDate to, List<FunnelStage> stages, long won, long lost,
                  List<Amount> wonAmount, Double winRate, Double averageSalesCycleDays) {
    }

    @GetMapping("/api/v1/reports/funnel")
    @Operation(summary = "Funnel of one process: open pipeline per stage, stage conversion, days in stage, "
            + "where deals are lost, win rate and sales cycle", description = "from/to bound the stage moves and closes counted; "
            + "also process, ownerId (or 'me'), departmentId (or 'mine'), teamId, productId, region.")
    Funnel funnel(@RequestParam Map<String, String> params) {
        FunnelReport.Criteria criteria = filters.funnelCriteria(params);
        FunnelReport.Funnel result = funnel.run(criteria, CurrentUser.require().scope());
        return new Funnel(result.process().getCode(), criteria.from(), criteria.to(), result.stages().stream().map(s -> new FunnelStage(
                s.stage().getCode(), s.stage().getNameEn(), s.stage().getNameZh(), s.stage().getOutcome().code(),
                s.stage().getProbability(), s.openCount(), Amount.of(s.openAmount()), Amount.of(s.weightedAmount()),
                s.reached(), s.conversionToNext(), s.averageDaysInStage(), s.lostHere())).toList(),
                result.won(), result.lost(), Amount.of(result.wonAmount()), result.winRate(), result.averageCycleDays());
    }

    record Amount(String amount, String currency) {
        static List<Amount> of(List<dev.guanxi.shared.values.Money> money) {
            return money.stream().map(m -> new Amount(m.amountText(), m.currency())).toList();
        }
    }

    record PipelineStage(String stage, String nameEn, String nameZh, int probability, long count, List<Amount> amount,
                         List<Amount> weightedAmount) {
    }

    record Pipeline(String process, List<PipelineStage> stages, long count, List<Amount> amount,
                    List<Amount> weightedAmount) {
    }

    @GetMapping("/api/v1/reports/pipeline")
    @Operation(summary = "Open pipeline per stage with totals and weighted totals",
            description = "Filters as the opportunity list; from/to bound the expected close date.")
    Pipeline pipeline(@RequestParam Map<String, String> params) {
        OpportunityFilter parsed = filters.parse(params);
        SalesProcesses.ProcessView process = parsed.processId() == null ? processes.defaultProcess()
                : processes.process(parsed.processId());
        OpportunityFilter filter = new OpportunityFilter(parsed.q(), parsed.accountId(), process.process().getId(), null,
                OpportunityStatus.OPEN, parsed.ownerId(), parsed.departmentIds(), parsed.closingFrom(), parsed.closingTo(),
                parsed.teamId());
        Map<UUID, OpportunityQueries.StageTotals> totals = queries.totalsByStage(filter, CurrentUser.require().scope());
        List<PipelineStage> stages = process.openStages().stream().map(s -> {
            OpportunityQueries.StageTotals t = totals.getOrDefault(s.getId(), OpportunityQueries.StageTotals.NONE);
            return new PipelineStage(s.getCode(), s.getNameEn(), s.getNameZh(), s.getProbability(), t.count(),
                    Amount.of(t.amounts()), Amount.of(t.weighted()));
        }).toList();
        OpportunityQueries.StageTotals total = totals.values().stream()
                .reduce(OpportunityQueries.StageTotals.NONE, OpportunityQueries.StageTotals::plus);
        return new Pipeline(process.process().getCode(), stages, total.count(), Amount.of(total.amounts()),
                Amount.of(total.weighted()));
    }
}
