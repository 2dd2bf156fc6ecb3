package dev.guanxi.customer.web;

import dev.guanxi.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavigationItem accountsNavigation() {
        return NavigationItem.main("nav.accounts", "/accounts", "building", 10);
    }

    @Bean
    NavigationItem poolNavigation() {
        return NavigationItem.main("nav.pool", "/accounts/pool", "inboxes", 12);
    }
}
