package dev.guanxi.sales.web;

import dev.guanxi.sales.internal.Competitor;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.sales.internal.SalesStage;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Sales processes with their stages, and the competitor list. */
@RestController
@Tag(name = "Sales processes and competitors")
class SalesSetupApi {

    private final SalesProcesses processes;
    private final Competitors competitors;

    SalesSetupApi(SalesProcesses processes, Competitors competitors) {
        this.processes = processes;
        this.competitors = competitors;
    }

    record StageView(UUID id, long version, String code, String nameEn, String nameZh, int probability, int position,
                     Integer maxDays, String outcome, List<String> checklistEn, List<String> checklistZh) {
    }

    record ProcessView(UUID id, String code, String nameEn, String nameZh, boolean isDefault, List<StageView> stages) {
    }

    @GetMapping("/api/v1/sales-processes")
    @Operation(summary = "Sales processes with their stages (code, names, probability, maximum days in stage)")
    Slice<ProcessView> processes() {
        return new Slice<>(processes.all().stream().map(p -> new ProcessView(p.process().getId(), p.process().getCode(),
                p.process().getNameEn(), p.process().getNameZh(), p.process().isDefaultProcess(),
                p.stages().stream().map(s -> stage(s, p)).toList())).toList(), null);
    }

    record NewStage(String code, String nameEn, String nameZh, Integer probability, Integer maxDays) {
    }

    @PostMapping("/api/v1/sales-processes/{processId}/stages")
    @Operation(summary = "Add an open stage before won/lost (administrators)")
    ResponseEntity<StageView> addStage(@PathVariable UUID processId, @RequestBody NewStage request) {
        SalesStage stage = processes.addStage(processId, request.code(), request.nameEn(), request.nameZh(),
                request.probability() == null ? -1 : request.probability(), request.maxDays());
        return ETags.created("/api/v1/sales-stages/" + stage.getId(), stage(stage, processes.process(processId)),
                stage.getVersion());
    }

    record StageChange(String nameEn, String nameZh, Integer probability, Integer maxDays) {
    }

    @PatchMapping("/api/v1/sales-stages/{stageId}")
    @Operation(summary = "Rename a stage, set its probability and maximum days in stage (administrators)")
    ResponseEntity<StageView> changeStage(@PathVariable UUID stageId, @RequestBody StageChange request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SalesStage current = processes.stage(stageId);
        SalesStage stage = processes.changeStage(stageId,
                request.nameEn() == null ? current.getNameEn() : request.nameEn(),
                request.nameZh() == null ? current.getNameZh() : request.nameZh(),
                request.probability() == null ? current.getProbability() : request.probability(),
                request.maxDays() == null ? current.getMaxDays() : request.maxDays(), ETags.expectedVersion(ifMatch));
        return ETags.ok(stage(stage, processes.process(stage.getProcessId())), stage.getVersion());
    }

    record CompetitorView(UUID id, long version, String name, String website, String notes, boolean active) {
        static CompetitorView of(Competitor c) {
            return new CompetitorView(c.getId(), c.getVersion(), c.getName(), c.getWebsite(), c.getNotes(), c.isActive());
        }
    }

    record CompetitorRequest(String name, String website, String notes, Boolean active) {
    }

    @GetMapping("/api/v1/competitors")
    Slice<CompetitorView> competitors() {
        return new Slice<>(competitors.all().stream().map(CompetitorView::of).toList(), null);
    }

    @PostMapping("/api/v1/competitors")
    ResponseEntity<CompetitorView> addCompetitor(@RequestBody CompetitorRequest request) {
        Competitor competitor = competitors.create(request.name(), request.website(), request.notes());
        return ETags.created("/api/v1/competitors/" + competitor.getId(), CompetitorView.of(competitor), competitor.getVersion());
    }

    @PatchMapping("/api/v1/competitors/{id}")
    CompetitorView changeCompetitor(@PathVariable UUID id, @RequestBody CompetitorRequest request) {
        Competitor current = competitors.all().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(dev.guanxi.shared.problem.NotFoundException::new);
        return CompetitorView.of(competitors.update(id, request.name() == null ? current.getName() : request.name(),
                request.website() == null ? current.getWebsite() : request.website(),
                request.notes() == null ? current.getNotes() : request.notes(),
                request.active() == null ? current.isActive() : request.active()));
    }

    private static StageView stage(SalesStage s, SalesProcesses.ProcessView process) {
        var items = process.checklists().getOrDefault(s.getId(), List.of());
        return new StageView(s.getId(), s.getVersion(), s.getCode(), s.getNameEn(), s.getNameZh(), s.getProbability(),
                s.getPosition(), s.getMaxDays(), s.getOutcome().code(),
                items.stream().map(i -> i.getTextEn()).toList(), items.stream().map(i -> i.getTextZh()).toList());
    }
}
