package dev.guanxi.contact.internal;

import dev.guanxi.identity.BusinessData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells start-up work meant for an empty database (the demo company) that contacts exist, with or without accounts. */
@Component
class ContactRecords implements BusinessData {

    private final JdbcClient jdbc;

    ContactRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean present() {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from contacts)").query(Boolean.class).single());
    }
}
