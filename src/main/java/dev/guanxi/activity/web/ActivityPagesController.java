package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.Activity;
import dev.guanxi.activity.internal.ActivityCompletion;
import dev.guanxi.activity.internal.ActivityEditing;
import dev.guanxi.activity.internal.ActivityForm;
import dev.guanxi.activity.internal.ActivityQueries;
import dev.guanxi.activity.internal.ActivityRow;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.i18n.DisplayFormat;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.shared.web.FormErrors;
import dev.guanxi.shared.web.LocalDateTimeInput;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activity pages: the lists (pending, overdue, done), one activity with its result, the forms. */
@Controller
class ActivityPagesController {

    private final ActivityQueries queries;
    private final ActivityEditing editing;
    private final ActivityCompletion completion;
    private final ActivityFilterParameters filters;
    private final ActivityChoices choices;
    private final DisplayFormat format;

    ActivityPagesController(ActivityQueries queries, ActivityEditing editing, ActivityCompletion completion,
                            ActivityFilterParameters filters, ActivityChoices choices, DisplayFormat format) {
        this.queries = queries;
        this.editing = editing;
        this.completion = completion;
        this.filters = filters;
        this.choices = choices;
        this.format = format;
    }

    @InitBinder
    void times(WebDataBinder binder) {
        binder.registerCustomEditor(OffsetDateTime.class, new LocalDateTimeInput(format.zone()));
    }

    @GetMapping("/activities")
    String list(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> given = new LinkedHashMap<>(params);
        given.putIfAbsent("view", "pending");
        given.putIfAbsent("ownerId", "me");
        ActivityQueries.ActivityFilter filter = filters.parse(given);
        Slice<ActivityRow> page = queries.list(filter, PageRequest.of(50, params.get("cursor"),
                filter.view() == ActivityQueries.View.DONE ? ActivityQueries.LATEST_FIRST : ActivityQueries.DEFAULT_SORT),
                CurrentUser.require().scope());
        Map<String, String> current = new LinkedHashMap<>();
        ActivityFilterParameters.NAMES.forEach(name -> {
            if (given.get(name) != null && !given.get(name).isBlank()) {
                current.put(name, given.get(name));
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("filters", current);
        choices.addTo(model);
        return "activity/list";
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable UUID id, Model model) {
        ActivityRow activity = read(id);
        model.addAttribute("a", activity);
        model.addAttribute("participants", queries.participantsOf(List.of(id)).getOrDefault(id, List.of()));
        model.addAttribute("mayEdit", editing.mayEdit(id));
        choices.addTo(model);
        return "activity/show";
    }

    @GetMapping("/activities/new")
    String newActivity(@ModelAttribute("form") ActivityForm form, Model model) {
        form.setOwnerId(CurrentUser.require().id());
        return form(model, form, null);
    }

    @PostMapping("/activities/new")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        withoutEmptyRecurrence(form);
        if (binding.hasErrors()) {
            return form(model, form, null);
        }
        try {
            Activity activity = editing.create(form);
            Flash.success(redirect, "flash.activity-created", activity.getSubject());
            return "redirect:/activities/" + activity.getId();
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/activities/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, editing.formOf(id), read(id));
    }

    @PostMapping("/activities/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") ActivityForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        form.setRecurrence(null);
        if (binding.hasErrors()) {
            return form(model, form, read(id));
        }
        try {
            editing.update(id, form, version);
            Flash.success(redirect, "flash.saved");
            return "redirect:/activities/" + id;
        } catch (GuanxiException e) {
            FormErrors.addTo(binding, e);
            return form(model, form, read(id));
        }
    }

    @PostMapping("/activities/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String result,
                    @RequestParam(required = false) String evaluation,
                    @RequestParam(required = false) String followUpType, @RequestParam(required = false) String followUpSubject,
                    @RequestParam(required = false) OffsetDateTime followUpStart, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            ActivityForm next = null;
            if (followUpSubject != null && !followUpSubject.isBlank()) {
                next = new ActivityForm();
                next.setType(followUpType);
                next.setSubject(followUpSubject);
                next.setPlannedStart(followUpStart);
            }
            completion.complete(id, new ActivityCompletion.Completion(result, evaluation, null, null, next), version);
        }, "flash.activity-done");
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> editing.cancel(id, version), "flash.activity-cancelled");
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        editing.delete(id);
        Flash.success(redirect, "flash.deleted");
        return "redirect:/activities";
    }

    private static String act(UUID id, RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (NotFoundException e) {
            throw e;
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/activities/" + id;
    }

    private static void withoutEmptyRecurrence(ActivityForm form) {
        if (form.getRecurrence() != null && (form.getRecurrence().getFrequency() == null
                || form.getRecurrence().getFrequency().isBlank())) {
            form.setRecurrence(null);
        }
    }

    private String form(Model model, ActivityForm form, ActivityRow existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        choices.addFormChoices(model, form);
        return "activity/form";
    }

    private ActivityRow read(UUID id) {
        return queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
    }
}
