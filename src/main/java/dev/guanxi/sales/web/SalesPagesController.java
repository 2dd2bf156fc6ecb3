package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.FunnelReport;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.shared.problem.GuanxiException;
import dev.guanxi.shared.web.Flash;
import dev.guanxi.web.NavigationItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funnel report page, the competitor list, and the administration of sales processes. */
@Controller
class SalesPagesController {

    private final FunnelReport funnel;
    private final OpportunityFilterParameters filters;
    private final SalesProcesses processes;
    private final Competitors competitors;
    private final SalesChoices choices;

    SalesPagesController(FunnelReport funnel, OpportunityFilterParameters filters, SalesProcesses processes,
                         Competitors competitors, SalesChoices choices) {
        this.funnel = funnel;
        this.filters = filters;
        this.processes = processes;
        this.competitors = competitors;
        this.choices = choices;
    }

    @GetMapping("/reports/funnel")
    String funnel(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("funnel", funnel.run(filters.funnelCriteria(params), CurrentUser.require().scope()));
        Map<String, String> current = new LinkedHashMap<>();
        List.of("process", "ownerId", "departmentId", "teamId", "productId", "region", "from", "to").forEach(name -> {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                current.put(name, params.get(name));
            }
        });
        model.addAttribute("filters", current);
        choices.addTo(model);
        return "sales/funnel";
    }

    @GetMapping("/competitors")
    String competitors(Model model) {
        model.addAttribute("competitors", competitors.all());
        model.addAttribute("mayManage", CurrentUser.require().mayAssign());
        return "sales/competitors";
    }

    @PostMapping("/competitors")
    String addCompetitor(@RequestParam String name, @RequestParam(required = false) String website,
                         @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        return act(redirect, () -> competitors.create(name, website, notes), "/competitors");
    }

    @PostMapping("/competitors/{id}")
    String changeCompetitor(@PathVariable UUID id, @RequestParam String name, @RequestParam(required = false) String website,
                            @RequestParam(required = false) String notes, @RequestParam(defaultValue = "false") boolean active,
                            RedirectAttributes redirect) {
        return act(redirect, () -> competitors.update(id, name, website, notes, active), "/competitors");
    }

    @GetMapping("/admin/sales-processes")
    String processes(Model model) {
        model.addAttribute("processes", processes.all());
        return "sales/admin-processes";
    }

    @PostMapping("/admin/sales-processes")
    String addProcess(@RequestParam String code, @RequestParam String nameEn, @RequestParam String nameZh,
                      RedirectAttributes redirect) {
        return act(redirect, () -> processes.addProcess(code, nameEn, nameZh), "/admin/sales-processes");
    }

    @PostMapping("/admin/sales-processes/{processId}/stages")
    String addStage(@PathVariable UUID processId, @RequestParam String code, @RequestParam String nameEn,
                    @RequestParam String nameZh, @RequestParam int probability, @RequestParam(required = false) Integer maxDays,
                    RedirectAttributes redirect) {
        return act(redirect, () -> processes.addStage(processId, code, nameEn, nameZh, probability, maxDays),
                "/admin/sales-processes");
    }

    @PostMapping("/admin/sales-stages/{stageId}")
    String changeStage(@PathVariable UUID stageId, @RequestParam String nameEn, @RequestParam String nameZh,
                       @RequestParam int probability, @RequestParam(required = false) Integer maxDays,
                       @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(redirect, () -> processes.changeStage(stageId, nameEn, nameZh, probability, maxDays, version),
                "/admin/sales-processes");
    }

    @PostMapping("/admin/sales-stages/{stageId}/move")
    String moveStage(@PathVariable UUID stageId, @RequestParam String direction, RedirectAttributes redirect) {
        return act(redirect, () -> processes.moveStage(stageId, "up".equals(direction)), "/admin/sales-processes");
    }

    @PostMapping("/admin/sales-stages/{stageId}/checklist")
    String addChecklistItem(@PathVariable UUID stageId, @RequestParam String textEn, @RequestParam String textZh,
                            RedirectAttributes redirect) {
        return act(redirect, () -> processes.addChecklistItem(stageId, textEn, textZh), "/admin/sales-processes");
    }

    @PostMapping("/admin/checklist-items/{itemId}/delete")
    String removeChecklistItem(@PathVariable UUID itemId, RedirectAttributes redirect) {
        return act(redirect, () -> processes.removeChecklistItem(itemId), "/admin/sales-processes");
    }

    private static String act(RedirectAttributes redirect, Runnable action, String back) {
        try {
            action.run();
            Flash.success(redirect, "flash.saved");
        } catch (GuanxiException e) {
            Flash.error(redirect, e);
        }
        return "redirect:" + back;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem opportunitiesNavigation() {
            return NavigationItem.main("nav.opportunities", "/opportunities", "graph-up-arrow", 30);
        }

        @Bean
        NavigationItem boardNavigation() {
            return NavigationItem.main("nav.board", "/opportunities/board", "kanban", 32);
        }

        @Bean
        NavigationItem funnelNavigation() {
            return NavigationItem.main("nav.funnel", "/reports/funnel", "funnel", 34);
        }

        @Bean
        NavigationItem competitorsNavigation() {
            return NavigationItem.main("nav.competitors", "/competitors", "shield-shaded", 36);
        }

        @Bean
        NavigationItem salesProcessNavigation() {
            return NavigationItem.admin("nav.admin.sales-processes", "/admin/sales-processes", "signpost-split", 1050);
        }
    }
}
