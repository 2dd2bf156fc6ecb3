package dev.guanxi.reporting.web;

import dev.guanxi.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sales summary in the main menu, beside the other reports; subscriptions are linked from it. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationItem salesSummaryNavigation() {
        return NavigationItem.main("nav.sales-summary", "/reports/sales-summary", "file-earmark-bar-graph", 25);
    }
}
