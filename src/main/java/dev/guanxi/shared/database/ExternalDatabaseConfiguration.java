package dev.guanxi.shared.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExternalDatabaseConfiguration {

    /** Registered only when the embedded configuration did not declare the embedded mode. */
    @Bean
    @ConditionalOnMissingBean(DatabaseMode.class)
    DatabaseMode externalDatabaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}
