package dev.guanxi.identity.web;

import dev.guanxi.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigation() {
        return NavigationItem.admin("nav.admin.users", "/admin/users", "people", 1000);
    }

    @Bean
    NavigationItem departmentsNavigation() {
        return NavigationItem.admin("nav.admin.departments", "/admin/departments", "diagram-3", 1010);
    }

    @Bean
    NavigationItem teamsNavigation() {
        return NavigationItem.admin("nav.admin.teams", "/admin/teams", "people-fill", 1020);
    }

    @Bean
    NavigationItem rolesNavigation() {
        return NavigationItem.admin("nav.admin.roles", "/admin/roles", "shield-check", 1030);
    }

    @Bean
    NavigationItem securityLogNavigation() {
        return NavigationItem.admin("nav.admin.security-log", "/admin/security-log", "journal-text", 1040);
    }
}
