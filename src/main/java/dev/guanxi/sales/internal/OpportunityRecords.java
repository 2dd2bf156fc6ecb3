package dev.guanxi.sales.internal;

import dev.guanxi.identity.BusinessData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells start-up work meant for an empty database (the demo company) that opportunities exist. */
@Component
class OpportunityRecords implements BusinessData {

    private final JdbcClient jdbc;

    OpportunityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean present() {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from opportunities)").query(Boolean.class).single());
    }
}
