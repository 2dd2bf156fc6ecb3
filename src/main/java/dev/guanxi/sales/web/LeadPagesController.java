package dev.guanxi.sales.web;

import dev.guanxi.customer.Industry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.internal.Lead;
import dev.guanxi.sales.internal.LeadAssignment;
import dev.guanxi.sales.internal.LeadConversion;
import dev.guanxi.sales.internal.LeadEditing;
import dev.guanxi.sales.internal.LeadForm;
import dev.guanxi.sales.internal.LeadQueries;
import dev.guanxi.sales.internal.LeadRating;
import dev.guanxi.sales.internal.LeadRow;
import dev.guanxi.sales.internal.LeadSource;
import dev.guanxi.sales.internal.LeadStatus;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import dev.guanxi.web.NavigationItem;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lead pages: the list and the lead pool, one lead with its duplicates, the forms, conversion, the rules. */
@Controller
class LeadPagesController {

    private final LeadQueries queries;
    private final LeadEditing editing;
    private final LeadConversion conversion;
    private final LeadAssignment assignment;
    private final UserDirectory users;

    LeadPagesController(LeadQueries queries, LeadEditing editing, LeadConversion conversion, LeadAssignment assignment,
                        UserDirectory users) {
        this.queries = queries;
        this.editing = editing;
        this.conversion = conversion;
        this.assignment = assignment;
        this.users = users;
    }

    @GetMapping({"/leads", "/leads/pool"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String source, @RequestParam(required = false) String ownerId,
                @RequestParam(required = false) String cursor, jakarta.servlet.http.HttpServletRequest request, Model model) {
        boolean pool = request.getRequestURI().endsWith("/pool");
        model.addAttribute("page", queries.list(LeadApi.filter(q, status, source, ownerId, pool),
                PageRequest.of(50, cursor, LeadQueries.DEFAULT_SORT), CurrentUser.require().scope()));
        model.addAttribute("pool", pool);
        java.util.Map<String, String> exported = new java.util.LinkedHashMap<>();
        exported.put("q", q);
        exported.put("status", status);
        exported.put("source", source);
        exported.put("ownerId", ownerId);
        exported.put("pool", pool ? "true" : null);
        model.addAttribute("exportFilters", exported);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("statuses", LeadStatus.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("mayManageRules", CurrentUser.require().mayAssign());
        return "sales/leads";
    }

    @GetMapping("/leads/{id}")
    String show(@PathVariable UUID id, Model model) {
        LeadRow lead = read(id);
        model.addAttribute("lead", lead);
        model.addAttribute("mayEdit", editing.mayEdit(id));
        model.addAttribute("duplicates", queries.duplicatesOf(lead, CurrentUser.require().scope()));
        return "sales/lead";
    }

    @GetMapping("/leads/new")
    String newLead(Model model) {
        LeadForm form = new LeadForm();
        form.setOwnerId(CurrentUser.require().id());
        return form(model, form, null);
    }

    @PostMapping("/leads/new")
    String create(@Valid @ModelAttribute("form") LeadForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Lead lead = editing.create(form);
            Flash.success(redirect, "flash.lead-created", lead.getName());
            return "redirect:/leads/" + lead.getId();
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/leads/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, LeadForm.of(editing.current(id)), read(id));
    }

    @PostMapping("/leads/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") LeadForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, read(id));
        }
        try {
            editing.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/leads/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, read(id));
        }
    }

    @PostMapping("/leads/{id}/claim")
    String claim(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> editing.claim(id), "flash.lead-claimed");
    }

    @PostMapping("/leads/{id}/disqualify")
    String disqualify(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> editing.disqualify(id, reason), "flash.lead-disqualified");
    }

    @PostMapping("/leads/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.delete(id);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/leads";
    }

    @GetMapping("/leads/{id}/convert")
    String convertForm(@PathVariable UUID id, Model model) {
        LeadRow lead = read(id);
        model.addAttribute("lead", lead);
        model.addAttribute("duplicates", queries.duplicatesOf(lead, CurrentUser.require().scope()));
        return "sales/lead-convert";
    }

    @PostMapping("/leads/{id}/convert")
    String convert(@PathVariable UUID id, @RequestParam(required = false) UUID accountId,
                   @RequestParam(defaultValue = "false") boolean createOpportunity,
                   @RequestParam(required = false) String opportunityName, RedirectAttributes redirect) {
        try {
            LeadConversion.Result result = conversion.convert(id, accountId, createOpportunity, opportunityName);
            Flash.success(redirect, "flash.lead-converted");
            return result.opportunityId() != null ? "redirect:/opportunities/" + result.opportunityId()
                    : "redirect:/accounts/" + result.accountId();
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
            return "redirect:/leads/" + id + "/convert";
        }
    }

    @GetMapping("/leads/rules")
    String rules(Model model) {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.lead.rules-managers-only");
        }
        model.addAttribute("rules", assignment.rules());
        model.addAttribute("users", users.assignableUsers());
        model.addAttribute("teams", users.teams());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("sources", LeadSource.values());
        return "sales/lead-rules";
    }

    @PostMapping("/leads/rules")
    String addRule(@RequestParam String matchField, @RequestParam(required = false) String matchValue,
                   @RequestParam(required = false) String target, RedirectAttributes redirect) {
        try {
            assignment.addRule(matchField, matchValue, target(target, "user:"), target(target, "team:"));
            Flash.success(redirect, "flash.saved");
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/leads/rules";
    }

    /** The rule form names its target as "user:&lt;id&gt;" or "team:&lt;id&gt;"; anything else names nobody. */
    private static UUID target(String target, String prefix) {
        if (target == null || !target.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(target.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/leads/rules/{id}/delete")
    String removeRule(@PathVariable UUID id, RedirectAttributes redirect) {
        assignment.removeRule(id);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/leads/rules";
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/leads/" + id;
    }

    private String form(Model model, LeadForm form, LeadRow existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("ratings", LeadRating.values());
        model.addAttribute("statuses", new LeadStatus[] {LeadStatus.NEW, LeadStatus.WORKING});
        model.addAttribute("industries", Industry.values());
        model.addAttribute("currencies", Currencies.OFFERED);
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        model.addAttribute("assignableUsers", users.assignableUsers());
        return "sales/lead-form";
    }

    private LeadRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem leadsNavigation() {
            return NavigationItem.main("nav.leads", "/leads", "person-plus", 25);
        }

        @Bean
        NavigationItem leadRulesNavigation() {
            return NavigationItem.admin("nav.admin.lead-rules", "/leads/rules", "shuffle", 1060);
        }
    }
}
