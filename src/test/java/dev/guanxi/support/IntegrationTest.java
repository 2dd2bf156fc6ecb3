package dev.guanxi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real PostgreSQL, served on a random port and reachable
 * through MockMvc. Every test class with this annotation shares one Spring context and one
 * database, so tests create their own data (fixtures with unique names) and never assume empty tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guanxi.demo-data=false",
        "guanxi.admin.email=admin@test.guanxi",
        "guanxi.admin.password=admin-password-1",
        "spring.datasource.hikari.maximum-pool-size=10",
        "spring.datasource.hikari.connection-timeout=5000",
        // webhook tests post to receivers on 127.0.0.1 and drive the sender themselves, time included
        "guanxi.webhooks.allow-private-addresses=true",
        "guanxi.webhooks.poll-interval=1h",
        // imports start when queued; the periodic round (for orphaned jobs) is driven by the resume test itself
        "guanxi.imports.poll-interval=1h"
})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
