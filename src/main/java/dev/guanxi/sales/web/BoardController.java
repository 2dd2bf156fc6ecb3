package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.OpportunityFilter;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityRow;
import dev.guanxi.sales.internal.OpportunityStatus;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.sales.internal.SalesStage;
import dev.guanxi.sales.internal.StageMoves;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.web.Flash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pipeline board (销售管线): a column per open stage with its deals, totals and weighted totals.
 * Dragging a card, or choosing "move to" on it (keyboard, phones), moves the deal; dropping it on
 * won or lost closes it after asking for the reason. Every move answers with the redrawn board.
 */
@Controller
class BoardController {

    static final int CARDS_PER_COLUMN = 40;

    private final OpportunityQueries queries;
    private final OpportunityFilterParameters filters;
    private final SalesProcesses processes;
    private final StageMoves moves;
    private final BuyingCommittee committee;
    private final SalesChoices choices;
    private final MessageSource messages;

    BoardController(OpportunityQueries queries, OpportunityFilterParameters filters, SalesProcesses processes,
                    StageMoves moves, BuyingCommittee committee, SalesChoices choices, MessageSource messages) {
        this.queries = queries;
        this.filters = filters;
        this.processes = processes;
        this.moves = moves;
        this.committee = committee;
        this.choices = choices;
        this.messages = messages;
    }

    record Column(SalesStage stage, List<OpportunityRow> cards, OpportunityQueries.StageTotals totals) {
    }

    @GetMapping("/opportunities/board")
    String board(@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                 Model model) {
        addBoard(params, model);
        if ("true".equals(htmx)) {
            return "sales/board :: board";
        }
        choices.addTo(model);
        return "sales/board";
    }

    @PostMapping("/opportunities/{id}/stage")
    String move(@PathVariable UUID id, @RequestParam String stage, @RequestParam(required = false) Long version,
                @RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model, RedirectAttributes redirect) {
        return act(() -> moves.moveTo(id, stage, version), id, params, htmx, model, redirect);
    }

    @PostMapping("/opportunities/{id}/close")
    String close(@PathVariable UUID id, @RequestParam String status, @RequestParam(required = false) String winReason,
                 @RequestParam(required = false) String lossReason, @RequestParam(required = false) Long version,
                 @RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                 Model model, RedirectAttributes redirect) {
        return act(() -> moves.close(id, status, winReason, lossReason, version), id, params, htmx, model, redirect);
    }

    private String act(Runnable move, UUID id, Map<String, String> params, String htmx, Model model,
                       RedirectAttributes redirect) {
        String error = null;
        try {
            move.run();
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            String key = e.fieldProblems().isEmpty() ? e.messageKey() : e.fieldProblems().get(0).messageKey();
            Object[] arguments = e.fieldProblems().isEmpty() ? e.arguments() : e.fieldProblems().get(0).arguments();
            error = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
            if (!"true".equals(htmx)) {
                Flash.error(redirect, e);
            }
        }
        if ("true".equals(htmx) && "board".equals(params.get("view"))) {
            model.addAttribute("boardError", error);
            addBoard(params, model);
            return "sales/board :: board";
        }
        if (error == null && !"true".equals(htmx)) {
            Flash.success(redirect, "flash.stage-changed");
        }
        return "redirect:/opportunities/" + id;
    }

    private static final List<String> BOARD_FILTERS = List.of("process", "ownerId", "departmentId", "teamId", "q", "from", "to");

    private void addBoard(Map<String, String> params, Model model) {
        Map<String, String> boardParams = new LinkedHashMap<>(params);
        boardParams.keySet().retainAll(BOARD_FILTERS);
        OpportunityFilter parsed = filters.parse(boardParams);
        SalesProcesses.ProcessView process = parsed.processId() == null ? processes.defaultProcess()
                : processes.process(parsed.processId());
        OpportunityFilter filter = new OpportunityFilter(parsed.q(), null, process.process().getId(), null,
                OpportunityStatus.OPEN, parsed.ownerId(), parsed.departmentIds(), parsed.closingFrom(), parsed.closingTo(),
                parsed.teamId());
        VisibilityScope scope = CurrentUser.require().scope();
        Map<UUID, OpportunityQueries.StageTotals> totals = queries.totalsByStage(filter, scope);
        List<Column> columns = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        for (SalesStage stage : process.openStages()) {
            List<OpportunityRow> cards = queries.inStage(stage.getId(), filter, scope, CARDS_PER_COLUMN);
            cards.forEach(card -> shown.add(card.id()));
            columns.add(new Column(stage, cards, totals.getOrDefault(stage.getId(), OpportunityQueries.StageTotals.NONE)));
        }
        Map<UUID, Set<BuyingCommittee.Warning>> warnings = committee.warnings(shown);
        Map<String, String> current = new LinkedHashMap<>();
        BOARD_FILTERS.forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("process", process);
        model.addAttribute("columns", columns);
        model.addAttribute("warnings", warnings);
        model.addAttribute("filters", current);
        model.addAttribute("total", columns.stream().map(Column::totals)
                .reduce(OpportunityQueries.StageTotals.NONE, OpportunityQueries.StageTotals::plus));
    }
}
