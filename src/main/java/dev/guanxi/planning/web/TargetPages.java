package dev.guanxi.planning.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.planning.internal.PlanVsActual;
import dev.guanxi.planning.internal.TargetBoard;
import dev.guanxi.planning.internal.TargetSetting;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.web.NavigationItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /targets}: plan against actual with progress bars; {@code /targets/edit}: the grid managers fill in. */
@Controller
class TargetPages {

    private final TargetBoard board;
    private final TargetSetting setting;

    TargetPages(TargetBoard board, TargetSetting setting) {
        this.board = board;
        this.setting = setting;
    }

    @GetMapping("/targets")
    String targets(@RequestParam Map<String, String> params, Model model) {
        SalesPeriod period = TargetParameters.period(params);
        addPeriod(period, model);
        model.addAttribute("progress", board.progress(period, null));
        model.addAttribute("mayEdit", CurrentUser.require().mayAssign());
        return "planning/targets";
    }

    @GetMapping("/targets/edit")
    String edit(@RequestParam Map<String, String> params, Model model) {
        requireManager();
        SalesPeriod period = TargetParameters.period(params);
        addPeriod(period, model);
        model.addAttribute("rows", board.progress(period, null));
        model.addAttribute("currencies", Currencies.OFFERED);
        return "planning/edit";
    }

    /**
     * Saves the grid: rows left empty are skipped unless they had a target (then it is cleared); a bad value
     * shows the grid again with what was typed and nothing saved.
     */
    @PostMapping("/targets/edit")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        requireManager();
        SalesPeriod period = TargetParameters.period(params.get("period"));
        List<TargetSetting.TargetInput> inputs = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; params.containsKey("rows[" + i + "].unitId"); i++) {
            String p = "rows[" + i + "]";
            SalesUnit unit = new SalesUnit(SalesUnit.Type.fromCode(params.getOrDefault(p + ".unitType", ""))
                    .orElseThrow(() -> ValidationException.of(p + ".unitType", "validation.target.unit")),
                    TargetParameters.uuid(params.get(p + ".unitId"), p + ".unitId"));
            BigDecimal revenue = decimal(params.get(p + ".revenue"), p + ".revenue", problems);
            Integer customers = integer(params.get(p + ".newCustomers"), p + ".newCustomers", problems);
            Integer activities = integer(params.get(p + ".activities"), p + ".activities", problems);
            boolean empty = revenue == null && customers == null && activities == null;
            if (!empty || "true".equals(params.get(p + ".existing"))) {
                inputs.add(new TargetSetting.TargetInput(p, unit, revenue, params.get(p + ".currency"), customers, activities));
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            if (!inputs.isEmpty()) {
                setting.save(period, inputs);
            }
        } catch (ValidationException e) {
            addPeriod(period, model);
            model.addAttribute("rows", board.progress(period, null));
            model.addAttribute("currencies", Currencies.OFFERED);
            model.addAttribute("typed", params);
            model.addAttribute("problems", e.fieldProblems());
            return "planning/edit";
        }
        redirect.addAttribute("period", period.code());
        return "redirect:/targets";
    }

    private static void requireManager() {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.target.denied");
        }
    }

    private static void addPeriod(SalesPeriod period, Model model) {
        model.addAttribute("period", period);
        SalesPeriod p = period;
        for (int i = 0; i < 6; i++) {
            p = p.previous();
        }
        List<SalesPeriod> choices = new ArrayList<>();
        for (int i = 0; i < 12; i++, p = p.next()) {
            choices.add(p);
        }
        model.addAttribute("periodChoices", choices);
    }

    private static BigDecimal decimal(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.amount"));
            return null;
        }
    }

    private static Integer integer(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "validation.whole-number"));
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem targetsNavigation() {
            return NavigationItem.main("nav.targets", "/targets", "bullseye", 39);
        }
    }
}
