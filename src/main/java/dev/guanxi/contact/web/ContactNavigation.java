package dev.guanxi.contact.web;

import dev.guanxi.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactNavigation {

    @Bean
    NavigationItem contactsNavigation() {
        return NavigationItem.main("nav.contacts", "/contacts", "person-lines-fill", 20);
    }
}
