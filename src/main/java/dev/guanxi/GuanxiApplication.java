package dev.guanxi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Guanxi CRM: one modular monolith. Each direct sub-package is an application module
 * (see docs/ARCHITECTURE.md); {@code ModuleStructureTest} keeps their boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuanxiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuanxiApplication.class, args);
    }
}
