package dev.guanxi.shared.visibility;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fragment of a WHERE clause with its named parameters; values are always bound, never inlined. */
public record SqlCondition(String sql, Map<String, ?> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }

    static String alias(String alias) {
        if (alias == null || alias.isEmpty()) {
            return "";
        }
        if (!alias.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias + ".";
    }
}
