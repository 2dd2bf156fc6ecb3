package dev.guanxi.sales.web;

import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.BuyingCommittee;
import dev.guanxi.sales.internal.Opportunity;
import dev.guanxi.sales.internal.OpportunityEditing;
import dev.guanxi.sales.internal.OpportunityForm;
import dev.guanxi.sales.internal.OpportunityHistory;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityRecycling;
import dev.guanxi.sales.internal.OpportunityRow;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.StaleVersionException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opportunity pages: the list, one deal (stage path, committee, competitors, lines, history), the forms. */
@Controller
class OpportunityPagesController {

    private final OpportunityQueries queries;
    private final OpportunityFilterParameters filters;
    private final OpportunityEditing editing;
    private final OpportunityRecycling recycling;
    private final OpportunityHistory history;
    private final OpportunityWorkspaceModel workspace;
    private final BuyingCommittee committee;
    private final SalesProcesses processes;
    private final SalesChoices choices;
    private final Accounts accounts;
    private final Contacts contacts;

    OpportunityPagesController(OpportunityQueries queries, OpportunityFilterParameters filters, OpportunityEditing editing,
                               OpportunityRecycling recycling, OpportunityHistory history, OpportunityWorkspaceModel workspace,
                               BuyingCommittee committee, SalesProcesses processes,
                               SalesChoices choices, Accounts accounts, Contacts contacts) {
        this.queries = queries;
        this.filters = filters;
        this.editing = editing;
        this.recycling = recycling;
        this.history = history;
        this.workspace = workspace;
        this.committee = committee;
        this.processes = processes;
        this.choices = choices;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping("/opportunities")
    String list(@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        Sort sort = Sort.parse(params.get("sort"), OpportunityQueries.SORTS, OpportunityQueries.DEFAULT_SORT);
        var page = queries.list(filters.parse(params), PageRequest.of(50, params.get("cursor"), sort),
                CurrentUser.require().scope());
        Map<String, String> current = new LinkedHashMap<>();
        OpportunityFilterParameters.NAMES.forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("filters", current);
        model.addAttribute("sort", sort);
        model.addAttribute("warnings", committee.warnings(page.items().stream().filter(o -> "open".equals(o.status()))
                .map(OpportunityRow::id).toList()));
        if ("true".equals(htmx)) {
            return "sales/list :: results";
        }
        choices.addTo(model);
        return "sales/list";
    }

    @GetMapping("/opportunities/{id}")
    String show(@PathVariable UUID id, Model model) {
        OpportunityRow opportunity = read(id);
        SalesProcesses.ProcessView process = processes.process(opportunity.processId());
        model.addAttribute("o", opportunity);
        model.addAttribute("process", process);
        model.addAttribute("lines", editing.lines(id));
        boolean mayEdit = editing.mayEdit(id);
        model.addAttribute("mayEdit", mayEdit);
        workspace.addTo(model, id, mayEdit);
        model.addAttribute("stageNames", processes.allStages());
        model.addAttribute("accountContacts", opportunity.accountId() == null ? List.of() : contacts.ofAccount(opportunity.accountId()));
        choices.addTo(model);
        return "sales/show";
    }

    @GetMapping("/opportunities/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("entries", history.of(id, 100));
        return "fragments/history :: history";
    }

    @GetMapping("/opportunities/new")
    String newOpportunity(@RequestParam(required = false) UUID accountId, Model model) {
        OpportunityForm form = new OpportunityForm();
        form.setAccountId(accountId);
        form.setOwnerId(CurrentUser.require().id());
        return form(model, form, null);
    }

    @PostMapping("/opportunities/new")
    String create(@ModelAttribute("form") OpportunityForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        withoutEmptyLines(form);
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Opportunity opportunity = editing.create(form);
            Flash.success(redirect, "flash.opportunity-created", opportunity.getName());
            return "redirect:/opportunities/" + opportunity.getId();
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/opportunities/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        OpportunityForm form = OpportunityForm.of(editing.current(id));
        form.setLines(editing.lines(id).stream().map(line -> {
            OpportunityForm.Line l = new OpportunityForm.Line();
            l.setProductId(line.getProductId());
            l.setProductName(line.getProductName());
            l.setQuantity(line.getQuantity());
            l.setUnitPrice(line.getUnitPrice());
            l.setDiscountPercent(line.getDiscountPercent());
            return l;
        }).toList());
        return form(model, form, read(id));
    }

    @PostMapping("/opportunities/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") OpportunityForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        withoutEmptyLines(form);
        if (binding.hasErrors()) {
            return form(model, form, read(id));
        }
        try {
            editing.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/opportunities/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            model.addAttribute("staleVersion", e instanceof StaleVersionException);
            return form(model, form, read(id));
        }
    }

    @PostMapping("/opportunities/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        recycling.delete(id, null);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/opportunities";
    }

    /**
     * The form offers a few empty product rows; rows left empty are not lines. (Validation then runs in
     * the use case, on the lines that remain.)
     */
    private static void withoutEmptyLines(OpportunityForm form) {
        List<OpportunityForm.Line> lines = form.getLines() == null ? List.of() : form.getLines();
        form.setLines(lines.stream().filter(l -> l != null && (l.getQuantity() != null || l.getProductId() != null
                || (l.getProductName() != null && !l.getProductName().isBlank()))).toList());
    }

    /** Runs a change from the deal's page and goes back to it with a flash: the success, or why not. */
    static String act(UUID id, RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/opportunities/" + id;
    }

    private String form(Model model, OpportunityForm form, OpportunityRow existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        if (form.getAccountId() != null) {
            model.addAttribute("accountName", accounts.findReadable(form.getAccountId()).map(a -> a.name()).orElse(null));
        }
        choices.addTo(model);
        return "sales/form";
    }

    private OpportunityRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
