package dev.guanxi.activity.web;

import dev.guanxi.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The activity module's menu entries. */
@Configuration(proxyBeanMethods = false)
class ActivityNavigation {

    @Bean
    NavigationItem activitiesNavigation() {
        return NavigationItem.main("nav.activities", "/activities", "check2-square", 22);
    }

    @Bean
    NavigationItem calendarNavigation() {
        return NavigationItem.main("nav.calendar", "/calendar", "calendar3", 23);
    }

    @Bean
    NavigationItem activityAnalysisNavigation() {
        return NavigationItem.main("nav.activity-analysis", "/reports/activities", "bar-chart-line", 24);
    }
}
