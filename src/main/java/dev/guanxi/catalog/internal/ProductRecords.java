package dev.guanxi.catalog.internal;

import dev.guanxi.identity.BusinessData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells start-up work meant for an empty database (the demo company) that products exist. */
@Component
class ProductRecords implements BusinessData {

    private final JdbcClient jdbc;

    ProductRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean present() {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from products)").query(Boolean.class).single());
    }
}
