package dev.guanxi.sales.web;

import dev.guanxi.catalog.Products;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.internal.Attitude;
import dev.guanxi.sales.internal.Competitors;
import dev.guanxi.sales.internal.Influence;
import dev.guanxi.sales.internal.OpportunitySource;
import dev.guanxi.sales.internal.SalesMethod;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.shared.values.Currencies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The option lists of opportunity forms and filters. */
@Component
class SalesChoices {

    private final UserDirectory users;
    private final SalesProcesses processes;
    private final Products products;
    private final Competitors competitors;

    SalesChoices(UserDirectory users, SalesProcesses processes, Products products, Competitors competitors) {
        this.users = users;
        this.processes = processes;
        this.products = products;
        this.competitors = competitors;
    }

    void addTo(Model model) {
        model.addAttribute("processes", processes.all());
        model.addAttribute("sources", OpportunitySource.values());
        model.addAttribute("methods", SalesMethod.values());
        model.addAttribute("forecastCategories", dev.guanxi.sales.internal.ForecastCategory.values());
        model.addAttribute("influences", Influence.values());
        model.addAttribute("attitudes", Attitude.values());
        model.addAttribute("currencies", Currencies.OFFERED);
        model.addAttribute("assignableUsers", users.assignableUsers());
        model.addAttribute("departments", users.departments());
        model.addAttribute("teams", users.teams());
        model.addAttribute("products", products.active());
        model.addAttribute("competitorList", competitors.all());
    }
}
