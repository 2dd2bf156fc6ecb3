package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SalesUnit;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.internal.forecast.ForecastAccuracy;
import dev.guanxi.sales.internal.forecast.ForecastOverrides;
import dev.guanxi.sales.internal.forecast.ForecastReport;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import dev.guanxi.shared.values.SalesPeriod;
import dev.guanxi.web.NavigationItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forecast page ({@code /forecast}): a period picker, a line per rep grouped by department, totals,
 * and for managers the judgement figure of each line, set in place through htmx; and the accuracy page.
 */
@Controller
class ForecastPages {

    private final ForecastReport report;
    private final ForecastOverrides overrides;
    private final ForecastAccuracy accuracy;
    private final ForecastParameters parameters;
    private final UserDirectory users;

    ForecastPages(ForecastReport report, ForecastOverrides overrides, ForecastAccuracy accuracy,
                  ForecastParameters parameters, UserDirectory users) {
        this.report = report;
        this.overrides = overrides;
        this.accuracy = accuracy;
        this.parameters = parameters;
        this.users = users;
    }

    @GetMapping("/forecast")
    String forecast(@RequestParam Map<String, String> params, Model model,
                    @RequestHeader(value = "HX-Request", required = false) String htmx) {
        render(params, model);
        return htmx == null ? "sales/forecast" : "sales/forecast :: forecast-table";
    }

    /** Sets a judgement figure and answers with the redrawn table (htmx) or the page. */
    @PostMapping("/forecast/overrides")
    String override(@RequestParam Map<String, String> params, Model model,
                    @RequestHeader(value = "HX-Request", required = false) String htmx) {
        SalesPeriod period = ForecastParameters.period(params.get("period"));
        SalesUnit unit = new SalesUnit(SalesUnit.Type.fromCode(params.getOrDefault("unitType", ""))
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "unitType")),
                OpportunityFilterParameters.uuid(params.get("unitId"), "unitId"));
        try {
            overrides.set(unit, period, new ForecastOverrides.Judgement(amount(params.get("amount")),
                    params.get("currency"), params.get("note")));
            model.addAttribute("savedUnit", unit.id());
        } catch (ValidationException e) {
            model.addAttribute("overrideProblems", e.fieldProblems());
            model.addAttribute("failedUnit", unit.id());
        }
        Map<String, String> view = new LinkedHashMap<>(params);
        view.put("granularity", period.granularity().code());
        render(view, model);
        return htmx == null ? "sales/forecast" : "sales/forecast :: forecast-table";
    }

    @GetMapping("/forecast/accuracy")
    String accuracy(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> withDefault = new LinkedHashMap<>(params);
        SalesPeriod.Granularity granularity = parameters.granularity(params);
        if (ForecastParameters.explicitPeriod(params) == null && blank(params.get("from")) && blank(params.get("to"))) {
            SalesPeriod current = SalesPeriod.current(granularity, ForecastParameters.zone());
            withDefault.put("from", current.previous().previous().start().toString());
            withDefault.put("to", current.end().toString());
        }
        List<SalesPeriod> periods = parameters.periods(withDefault);
        model.addAttribute("accuracy", accuracy.report(granularity, periods.get(0).start(),
                periods.get(periods.size() - 1).start(), parameters.criteria(params), CurrentUser.require().scope()));
        model.addAttribute("granularity", granularity.code());
        model.addAttribute("filters", current(withDefault));
        model.addAttribute("departments", users.departments());
        return "sales/forecast-accuracy";
    }

    private void render(Map<String, String> params, Model model) {
        SalesPeriod asked = ForecastParameters.explicitPeriod(params);
        SalesPeriod period = asked == null ? parameters.periods(params).get(0)
                // the picker sends both: switching month ↔ quarter keeps the time and changes the length
                : SalesPeriod.containing(parameters.granularity(Map.of("granularity", params.getOrDefault("granularity", ""),
                        "period", asked.code())), asked.start());
        model.addAttribute("forecast", report.run(period, parameters.criteria(params)));
        model.addAttribute("period", period);
        model.addAttribute("periodChoices", choices(period));
        model.addAttribute("filters", current(params));
        model.addAttribute("currencies", Currencies.OFFERED);
        model.addAttribute("mayOverride", CurrentUser.require().mayAssign());
        model.addAttribute("departments", users.departments());
        model.addAttribute("teams", users.teams());
    }

    /** Six periods back and five ahead of the one shown (and of today), for the picker. */
    private static List<SalesPeriod> choices(SalesPeriod shown) {
        SalesPeriod now = SalesPeriod.current(shown.granularity(), ForecastParameters.zone());
        java.util.TreeSet<SalesPeriod> periods = new java.util.TreeSet<>();
        for (SalesPeriod anchor : List.of(now, shown)) {
            SalesPeriod p = anchor;
            for (int i = 0; i < 6; i++) {
                p = p.previous();
            }
            for (int i = 0; i < 12; i++, p = p.next()) {
                periods.add(p);
            }
        }
        return new ArrayList<>(periods);
    }

    private static Map<String, String> current(Map<String, String> params) {
        Map<String, String> current = new LinkedHashMap<>();
        for (String name : List.of("granularity", "period", "departmentId", "teamId", "ownerId", "from", "to")) {
            if (!blank(params.get(name))) {
                current.put(name, params.get(name).strip());
            }
        }
        return current;
    }

    private static BigDecimal amount(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw ValidationException.of("amount", "validation.amount");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem forecastNavigation() {
            return NavigationItem.main("nav.forecast", "/forecast", "graph-up", 38);
        }
    }
}
