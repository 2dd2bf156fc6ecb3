package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.Opportunity;
import dev.guanxi.sales.internal.OpportunityEditing;
import dev.guanxi.sales.internal.OpportunityForm;
import dev.guanxi.sales.internal.OpportunityHistory;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityRecycling;
import dev.guanxi.sales.internal.OpportunityRow;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.sales.internal.StageHistory;
import dev.guanxi.sales.internal.StageMoves;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.web.ETags;
import dev.guanxi.shared.web.HistoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/opportunities}: deals, their stage moves, buying committee and competitors. */
@RestController
@RequestMapping("/api/v1/opportunities")
@Tag(name = "Opportunities")
class OpportunityApi {

    private final OpportunityQueries queries;
    private final OpportunityFilterParameters filters;
    private final OpportunityEditing editing;
    private final StageMoves moves;
    private final StageHistory stageHistory;
    private final OpportunityRecycling recycling;
    private final OpportunityHistory history;
    private final BuyingCommittee committee;
    private final Competitors competitors;
    private final SalesProcesses processes;
    private final FormValidator forms;

    OpportunityApi(OpportunityQueries queries, OpportunityFilterParameters filters, OpportunityEditing editing,
                   StageMoves moves, StageHistory stageHistory, OpportunityRecycling recycling,
                   OpportunityHistory history, BuyingCommittee committee, Competitors competitors,
                   SalesProcesses processes, FormValidator forms) {
        this.queries = queries;
        this.filters = filters;
        this.editing = editing;
        this.moves = moves;
        this.stageHistory = stageHistory;
        this.recycling = recycling;
        this.history = history;
        this.committee = committee;
        this.competitors = competitors;
        this.processes = processes;
        this.forms = forms;
    }

    @GetMapping
    @Operation(summary = "List opportunities", description = "Filters: q, accountId, process, stage (code), status "
            + "(open, won, lost), ownerId (or 'me'), departmentId (or 'mine'), from/to (expected close date). "
            + "Sort: updatedAt, createdAt, name, amount, expectedCloseDate.")
    Slice<OpportunityView> list(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer limit,
                                @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        PageRequest page = PageRequest.of(limit, cursor, Sort.parse(sort, OpportunityQueries.SORTS, OpportunityQueries.DEFAULT_SORT));
        return queries.list(filters.parse(params), page, CurrentUser.require().scope()).map(OpportunityView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<OpportunityView> get(@PathVariable UUID id) {
        OpportunityRow row = read(id);
        return ETags.ok(OpportunityView.of(row, editing.lines(id)), row.version());
    }

    @PostMapping
    @Operation(summary = "Create an opportunity", description = "Optional 'process' and 'stage' codes choose where it starts.")
    ResponseEntity<OpportunityView> create(@RequestBody JsonNode body) {
        Opportunity opportunity = editing.create(forms.patch(new OpportunityForm(), body));
        OpportunityRow row = read(opportunity.getId());
        return ETags.created("/api/v1/opportunities/" + row.id(), OpportunityView.of(row, editing.lines(row.id())),
                row.version());
    }

    @PatchMapping("/{id}")
    ResponseEntity<OpportunityView> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        editing.update(id, forms.patch(OpportunityForm.of(editing.current(id)), body), expected);
        return get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        recycling.delete(id, ETags.expectedVersion(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<OpportunityView> restore(@PathVariable UUID id) {
        recycling.restore(id);
        return get(id);
    }

    record StageRequest(String stage) {
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move to another open stage of the deal's process (backwards too; recorded)")
    ResponseEntity<OpportunityView> stage(@PathVariable UUID id, @RequestBody StageRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        moves.moveTo(id, request.stage(), ETags.expectedVersion(ifMatch));
        return get(id);
    }

    record CloseRequest(String status, String lossReason, String winReason) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close won or lost", description = "lossReason is required for lost; winReason is asked for won.")
    ResponseEntity<OpportunityView> close(@PathVariable UUID id, @RequestBody CloseRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        moves.close(id, request.status(), request.winReason(), request.lossReason(), ETags.expectedVersion(ifMatch));
        return get(id);
    }

    record StageChangeView(String fromStage, String toStage, Instant changedAt, UUID changedBy, String amount) {
    }

    @GetMapping("/{id}/stage-history")
    List<StageChangeView> stageHistory(@PathVariable UUID id) {
        read(id);
        Map<UUID, dev.guanxi.sales.internal.SalesStage> stages = processes.allStages();
        return stageHistory.of(id).stream().map(change -> new StageChangeView(
                change.fromStageId() == null ? null : stages.get(change.fromStageId()).getCode(),
                stages.get(change.toStageId()).getCode(), change.changedAt(), change.changedBy(),
                change.amount() == null ? null : change.amount().toPlainString())).toList();
    }

    @GetMapping("/{id}/history")
    List<HistoryView> history(@PathVariable UUID id) {
        return HistoryView.of(history.of(id, 200));
    }

    record MemberView(UUID id, UUID contactId, String contactName, String title, String influence, String attitude,
                      String note) {
    }

    record NewMember(UUID contactId, String influence, String attitude, String note) {
    }

    record Committee(List<MemberView> members, List<String> warnings) {
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The buying committee: CUTE influence roles, attitudes and coverage warnings")
    Committee contacts(@PathVariable UUID id) {
        List<MemberView> members = committee.of(id).stream().map(m -> new MemberView(m.id(), m.contactId(),
                m.contactName(), m.title(), m.influence().code(), m.attitude().code(), m.note())).toList();
        List<String> warnings = committee.warnings(List.of(id)).get(id).stream()
                .map(w -> w.name().toLowerCase().replace('_', '-')).sorted().toList();
        return new Committee(members, warnings);
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<Committee> addContact(@PathVariable UUID id, @RequestBody NewMember request) {
        UUID member = committee.add(id, request.contactId(), request.influence(), request.attitude(), request.note());
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/contacts/" + member)).body(contacts(id));
    }

    @DeleteMapping("/{id}/contacts/{memberId}")
    ResponseEntity<Void> removeContact(@PathVariable UUID id, @PathVariable UUID memberId) {
        committee.remove(id, memberId);
        return ResponseEntity.noContent().build();
    }

    record NewAnalysis(UUID competitorId, String strengths, String weaknesses, String opportunities, String threats,
                       Competitors.Scores scores) {
    }

    @GetMapping("/{id}/competitors")
    @Operation(summary = "Competitors in this deal with their SWOT across brand, quality, service, relationship, functions")
    List<Competitors.Analysis> competitors(@PathVariable UUID id) {
        return competitors.of(id);
    }

    @PostMapping("/{id}/competitors")
    ResponseEntity<List<Competitors.Analysis>> analyse(@PathVariable UUID id, @RequestBody NewAnalysis request) {
        UUID analysis = competitors.analyse(id, request.competitorId(), request.strengths(), request.weaknesses(),
                request.opportunities(), request.threats(), request.scores());
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/competitors/" + analysis))
                .body(competitors.of(id));
    }

    @DeleteMapping("/{id}/competitors/{analysisId}")
    ResponseEntity<Void> removeCompetitor(@PathVariable UUID id, @PathVariable UUID analysisId) {
        competitors.remove(id, analysisId);
        return ResponseEntity.noContent().build();
    }

    private OpportunityRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
