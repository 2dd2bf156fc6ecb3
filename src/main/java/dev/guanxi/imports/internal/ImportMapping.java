package dev.guanxi.imports.internal;

import dev.guanxi.imports.DuplicateMode;
import dev.guanxi.imports.internal.values.DateParsing.DateOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a file is read into a target (CONTRACTS.md "Import API"): source column → field, per field the
 * source values the user mapped by hand (an enum code, or a referenced record's id or name), which
 * fields recognise a duplicate and what happens to it, what happens to a reference that matches
 * nothing, and how ambiguous dates like 03/04/2017 are read.
 */
public record ImportMapping(Map<String, String> columns, Map<String, Map<String, String>> values, List<String> matchOn,
                            DuplicateMode onDuplicate, UnresolvedReference onUnresolvedReference, DateOrder dateOrder) {

    public enum UnresolvedReference {
        REJECT, CREATE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportMapping {
        columns = columns == null ? Map.of() : copy(columns);
        values = values == null ? Map.of() : values.entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey(), copy(e.getValue())), Map::putAll);
        matchOn = matchOn == null ? List.of() : List.copyOf(matchOn);
        onDuplicate = onDuplicate == null ? DuplicateMode.SKIP : onDuplicate;
        onUnresolvedReference = onUnresolvedReference == null ? UnresolvedReference.REJECT : onUnresolvedReference;
        dateOrder = dateOrder == null ? DateOrder.AUTO : dateOrder;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    copy.put(k, v.strip());
                }
            });
        }
        return copy;
    }

    /** The value the user mapped {@code sourceValue} of {@code field} to, or null. */
    public String mappedValue(String field, String sourceValue) {
        Map<String, String> byValue = values.get(field);
        return byValue == null ? null : byValue.get(sourceValue);
    }

    public ImportMapping withColumns(Map<String, String> newColumns) {
        return new ImportMapping(newColumns, values, matchOn, onDuplicate, onUnresolvedReference, dateOrder);
    }

    public ImportMapping withValues(Map<String, Map<String, String>> newValues) {
        return new ImportMapping(columns, newValues, matchOn, onDuplicate, onUnresolvedReference, dateOrder);
    }
}
