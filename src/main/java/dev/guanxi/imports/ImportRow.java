package dev.guanxi.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One source row after mapping and conversion: field name → value of the field's type (String, UUID,
 * LocalDate, BigDecimal, Boolean, enum code, Set of codes). Only fields with a non-empty cell are
 * present, so an update changes exactly what the file says and an empty cell erases nothing.
 */
public record ImportRow(long number, Map<String, Object> values) {

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public String text(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    public UUID id(String field) {
        return (UUID) values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    public BigDecimal number(String field) {
        return (BigDecimal) values.get(field);
    }

    public Boolean bool(String field) {
        return (Boolean) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public Set<String> codes(String field) {
        Object value = values.get(field);
        return value == null ? Set.of() : (Set<String>) value;
    }
}
