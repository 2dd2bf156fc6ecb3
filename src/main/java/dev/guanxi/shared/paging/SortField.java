package dev.guanxi.shared.paging;

/**
 * A field a list may be sorted by: its API name, the SQL expression (which an index covers, with the
 * record id as tie-breaker) and the type of its values, so a cursor can carry them.
 */
public record SortField(String name, String sqlExpression, ValueType type) {

    public enum ValueType { TEXT, TIMESTAMP, DECIMAL, DATE }
}
