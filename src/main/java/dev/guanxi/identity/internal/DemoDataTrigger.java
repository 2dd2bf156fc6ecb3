package dev.guanxi.identity.internal;

import dev.guanxi.identity.BusinessData;
import dev.guanxi.shared.database.DatabaseMode;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decides at start-up whether to load the demo company. GUANXI_DEMO_DATA=true or false decides; left
 * empty, the embedded database (someone trying the jar) gets the demo and an external one (a real
 * installation) does not. Only an empty database is filled — no business records and nobody but the
 * bootstrap administrator — so a restart, or a company that started work without the demo, never
 * gets demo records mixed into its own. Runs after {@link AdministratorBootstrap}, whose
 * administrator the records are written as.
 */
@Component
@Order(10)
class DemoDataTrigger implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataTrigger.class);

    private final DemoCompany demoCompany;
    private final UserRepository users;
    private final List<BusinessData> businessData;
    private final DatabaseMode databaseMode;
    private final String setting;
    private final String administratorEmail;

    DemoDataTrigger(DemoCompany demoCompany, UserRepository users, List<BusinessData> businessData,
                    DatabaseMode databaseMode, @Value("${guanxi.demo-data:}") String setting,
                    @Value("${guanxi.admin.email}") String administratorEmail) {
        this.demoCompany = demoCompany;
        this.users = users;
        this.businessData = businessData;
        this.databaseMode = databaseMode;
        this.setting = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        this.administratorEmail = administratorEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        if (!databaseIsEmpty()) {
            log.debug("Demo data not loaded: the database already holds users or business records");
            return;
        }
        demoCompany.load();
    }

    boolean wanted() {
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            case "" -> databaseMode == DatabaseMode.EMBEDDED;
            default -> {
                log.warn("GUANXI_DEMO_DATA is '{}'; expected true or false — not loading the demo company", setting);
                yield false;
            }
        };
    }

    private boolean databaseIsEmpty() {
        long administrators = users.findByEmail(administratorEmail).isPresent() ? 1 : 0;
        return users.count() == administrators && businessData.stream().noneMatch(BusinessData::present);
    }
}
