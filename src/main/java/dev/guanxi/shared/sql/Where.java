package dev.guanxi.shared.sql;

import dev.guanxi.shared.visibility.SqlCondition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A WHERE clause built from conditions joined with AND; values are collected and bound, never inlined. */
public final class Where {

    private final List<String> sql = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where add(String condition) {
        sql.add(condition);
        return this;
    }

    public Where add(SqlCondition condition) {
        sql.add(condition.sql());
        params.putAll(condition.params());
        return this;
    }

    /** Adds {@code condition} with its one parameter when the filter is present. */
    public Where addIf(boolean present, String condition, String name, Object value) {
        if (present) {
            sql.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Binds a parameter used elsewhere in the statement (e.g. in a FILTER clause) along with the conditions. */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return sql.isEmpty() ? "true" : String.join(" and ", sql);
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }
}
