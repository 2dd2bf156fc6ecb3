package dev.guanxi.shared.web;

import dev.guanxi.shared.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
class ApiRequestGuardConfiguration {

    /** Runs after Spring Security (order -100), so the caller is known when a key is claimed. */
    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(@Value("${guanxi.api.max-json-body}") DataSize maxBody,
                                                            IdempotencyStore store, Problems problems,
                                                            ObjectMapper objectMapper) {
        FilterRegistrationBean<ApiRequestGuard> registration =
                new FilterRegistrationBean<>(new ApiRequestGuard(maxBody, store, problems, objectMapper));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
