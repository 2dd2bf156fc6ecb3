package dev.guanxi.contact.web;

import dev.guanxi.contact.internal.Contact;
import dev.guanxi.contact.internal.ContactEditing;
import dev.guanxi.contact.internal.ContactForm;
import dev.guanxi.contact.internal.ContactHistory;
import dev.guanxi.contact.internal.ContactQueries;
import dev.guanxi.contact.internal.ContactRecycling;
import dev.guanxi.contact.internal.ContactRelationType;
import dev.guanxi.contact.internal.ContactRelations;
import dev.guanxi.contact.internal.ContactRow;
import dev.guanxi.contact.internal.DecisionRole;
import dev.guanxi.contact.internal.Gender;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.search.SearchQuery;
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

/** Contact pages: the list, one contact with its ties and history, the forms. */
@Controller
class ContactPagesController {

    private final ContactQueries queries;
    private final ContactFilterParameters filters;
    private final ContactEditing editing;
    private final ContactRecycling recycling;
    private final ContactRelations relations;
    private final ContactHistory history;
    private final Accounts accounts;
    private final UserDirectory users;

    ContactPagesController(ContactQueries queries, ContactFilterParameters filters, ContactEditing editing,
                           ContactRecycling recycling, ContactRelations relations, ContactHistory history,
                           Accounts accounts, UserDirectory users) {
        this.queries = queries;
        this.filters = filters;
        this.editing = editing;
        this.recycling = recycling;
        this.relations = relations;
        this.history = history;
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/contacts")
    String list(@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model) {
        Sort sort = Sort.parse(params.get("sort"), ContactQueries.SORTS, ContactQueries.DEFAULT_SORT);
        Slice<ContactRow> page = queries.list(filters.parse(params), PageRequest.of(50, params.get("cursor"), sort),
                CurrentUser.require().scope());
        Map<String, String> current = new LinkedHashMap<>();
        ContactFilterParameters.NAMES.forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("filters", current);
        model.addAttribute("sort", sort);
        model.addAttribute("firstPage", params.get("cursor") != null);
        model.addAttribute("roles", DecisionRole.values());
        if ("true".equals(htmx)) {
            return "contact/list :: results";
        }
        model.addAttribute("assignableUsers", users.assignableUsers());
        return "contact/list";
    }

    @GetMapping("/contacts/options")
    String options(@RequestParam(required = false) String q, Model model) {
        SearchQuery query = SearchQuery.parse(q);
        model.addAttribute("options", query == null ? List.of() : queries.search(query, 20, CurrentUser.require().scope()));
        return "contact/partials/options :: options";
    }

    @GetMapping("/contacts/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", read(id));
        model.addAttribute("mayEdit", editing.mayEdit(id));
        model.addAttribute("relations", relations.of(id));
        model.addAttribute("relationTypes", ContactRelationType.values());
        return "contact/show";
    }

    @GetMapping("/contacts/{id}/history")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("entries", history.of(id, 100));
        return "fragments/history :: history";
    }

    @GetMapping("/contacts/new")
    String newContact(@RequestParam(required = false) UUID accountId, Model model) {
        ContactForm form = new ContactForm();
        form.setAccountId(accountId);
        return form(model, form, null);
    }

    @PostMapping("/contacts/new")
    String create(@jakarta.validation.Valid @ModelAttribute("form") ContactForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Contact contact = editing.create(form);
            Flash.success(redirect, "flash.contact-created", contact.getName());
            return "redirect:/contacts/" + contact.getId();
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/contacts/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, ContactForm.of(editing.current(id)), read(id));
    }

    @PostMapping("/contacts/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @jakarta.validation.Valid @ModelAttribute("form") ContactForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, read(id));
        }
        try {
            editing.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/contacts/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            model.addAttribute("staleVersion", e instanceof dev.guanxi.shared.problem.StaleVersionException);
            return form(model, form, read(id));
        }
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        ContactRow contact = read(id);
        recycling.delete(id, null);
        Flash.success(redirect, "flash.deleted");
        return contact.accountId() != null && contact.accountName() != null
                ? "redirect:/accounts/" + contact.accountId() : "redirect:/contacts";
    }

    @PostMapping("/contacts/{id}/relations")
    String addRelation(@PathVariable UUID id, @RequestParam(required = false) UUID toContactId, @RequestParam String type,
                       @RequestParam(required = false) Integer closeness, @RequestParam(required = false) String note,
                       RedirectAttributes redirect) {
        try {
            relations.add(id, toContactId, type, closeness, note);
            Flash.success(redirect, "flash.relation-added");
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/contacts/" + id;
    }

    @PostMapping("/contacts/{id}/relations/{relationId}/delete")
    String removeRelation(@PathVariable UUID id, @PathVariable UUID relationId, RedirectAttributes redirect) {
        relations.remove(id, relationId);
        Flash.success(redirect, "flash.relation-removed");
        return "redirect:/contacts/" + id;
    }

    private String form(Model model, ContactForm form, ContactRow existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("roles", DecisionRole.values());
        model.addAttribute("mayAssign", CurrentUser.require().mayAssign());
        model.addAttribute("assignableUsers", users.assignableUsers());
        if (form.getAccountId() != null) {
            model.addAttribute("accountName", accounts.findReadable(form.getAccountId()).map(a -> a.name()).orElse(null));
        }
        return "contact/form";
    }

    private ContactRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
