package dev.guanxi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entries of the frame itself. */
@Configuration(proxyBeanMethods = false)
class WebNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.main("nav.home", "/", "house", 0);
    }

    @Bean
    NavigationItem recycleBinNavigation() {
        return NavigationItem.main("nav.recycle-bin", "/recycle-bin", "trash3", 900);
    }
}
