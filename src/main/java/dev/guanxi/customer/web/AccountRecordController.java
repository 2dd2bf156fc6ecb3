package dev.guanxi.customer.web;

import dev.guanxi.customer.AccountPanel;
import dev.guanxi.customer.TimelineContributor;
import dev.guanxi.customer.internal.Account;
import dev.guanxi.customer.internal.AccountEditing;
import dev.guanxi.customer.internal.AccountForm;
import dev.guanxi.customer.internal.AccountHistory;
import dev.guanxi.customer.internal.AccountNetwork;
import dev.guanxi.customer.internal.AccountOwnership;
import dev.guanxi.customer.internal.AccountQueries;
import dev.guanxi.customer.internal.AccountRecycling;
import dev.guanxi.customer.internal.AccountRelations;
import dev.guanxi.customer.internal.AccountRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: the 360° page (header facts, panels from other modules, relations and their network,
 * timeline, change history), the create and edit forms, and the owner actions.
 */
@Controller
class AccountRecordController {

    private final AccountQueries queries;
    private final AccountEditing editing;
    private final AccountOwnership ownership;
    private final AccountRecycling recycling;
    private final AccountRelations relations;
    private final AccountHistory history;
    private final AccountNetwork network;
    private final AccountChoices choices;
    private final List<AccountPanel> panels;
    private final List<TimelineContributor> timeline;

    AccountRecordController(AccountQueries queries, AccountEditing editing, AccountOwnership ownership,
                            AccountRecycling recycling, AccountRelations relations, AccountHistory history,
                            AccountNetwork network, AccountChoices choices, List<AccountPanel> panels,
                            List<TimelineContributor> timeline) {
        this.queries = queries;
        this.editing = editing;
        this.ownership = ownership;
        this.recycling = recycling;
        this.relations = relations;
        this.history = history;
        this.network = network;
        this.choices = choices;
        this.panels = panels.stream().sorted(Comparator.comparingInt(AccountPanel::order)).toList();
        this.timeline = timeline;
    }

    @GetMapping("/accounts/{id}")
    String show(@PathVariable UUID id, Model model) {
        AccountRow account = read(id);
        model.addAttribute("account", account);
        model.addAttribute("mayEdit", editing.mayEdit(id));
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        model.addAttribute("panels", panels.stream().map(p -> p.render(id)).flatMap(Optional::stream).toList());
        model.addAttribute("relations", relations.of(id));
        model.addAttribute("subsidiaries", queries.children(List.of(id), CurrentUser.require().scope(), 50));
        model.addAttribute("timeline", timeline.stream().flatMap(t -> t.entriesFor(id, 50).stream())
                .sorted(Comparator.comparing(TimelineContributor.TimelineEntry::at).reversed()).limit(50).toList());
        choices.addTo(model);
        return "customer/show";
    }

    @GetMapping("/accounts/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("entries", history.of(id, 100));
        return "fragments/history :: history";
    }

    @GetMapping(value = "/accounts/{id}/network", produces = "application/json")
    @ResponseBody
    AccountNetwork.Graph network(@PathVariable UUID id) {
        return network.around(id);
    }

    @GetMapping("/accounts/new")
    String newAccount(@RequestParam(required = false) UUID parentAccountId, Model model) {
        AccountForm form = new AccountForm();
        form.setOwnerId(CurrentUser.require().id());
        form.setParentAccountId(parentAccountId);
        return form(model, form, null);
    }

    @PostMapping("/accounts/new")
    String create(@jakarta.validation.Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Account account = editing.create(form);
            Flash.success(redirect, "flash.account-created", account.getName());
            return "redirect:/accounts/" + account.getId();
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/accounts/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Account account = editing.current(id);
        return form(model, AccountForm.of(account), read(id));
    }

    @PostMapping("/accounts/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @jakarta.validation.Valid @ModelAttribute("form") AccountForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, read(id));
        }
        try {
            editing.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/accounts/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            model.addAttribute("staleVersion", e instanceof dev.guanxi.shared.problem.StaleVersionException);
            return form(model, form, read(id));
        }
    }

    @PostMapping("/accounts/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        recycling.delete(id, null);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/claim")
    String claim(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> ownership.claim(id), "flash.claimed");
    }

    @PostMapping("/accounts/{id}/release")
    String release(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> ownership.release(id), "flash.released");
    }

    @PostMapping("/accounts/{id}/reassign")
    String reassign(@PathVariable UUID id, @RequestParam(required = false) String ownerId, RedirectAttributes redirect) {
        UUID owner = ownerId == null || ownerId.isBlank() || ownerId.equals("pool") ? null : UUID.fromString(ownerId);
        return act(id, redirect, () -> ownership.reassign(List.of(id), owner), "flash.reassigned-one");
    }

    @PostMapping("/accounts/{id}/relations")
    String addRelation(@PathVariable UUID id, @RequestParam(required = false) UUID toAccountId,
                       @RequestParam String type, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> relations.add(id, toAccountId, type, note), "flash.relation-added");
    }

    @PostMapping("/accounts/{id}/relations/{relationId}/delete")
    String removeRelation(@PathVariable UUID id, @PathVariable UUID relationId, RedirectAttributes redirect) {
        return act(id, redirect, () -> relations.remove(id, relationId), "flash.relation-removed");
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
        return "redirect:/accounts/" + id;
    }

    private String form(Model model, AccountForm form, AccountRow existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        if (form.getParentAccountId() != null) {
            model.addAttribute("parentName", queries.findReadable(form.getParentAccountId(),
                    CurrentUser.require().scope(), false).map(AccountRow::name).orElse(null));
        }
        choices.addTo(model);
        return "customer/form";
    }

    private AccountRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope(), false).orElseThrow(NotFoundException::new);
    }
}
