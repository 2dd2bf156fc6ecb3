package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ReferenceResolver.ReferenceMatch;
import dev.guanxi.imports.internal.source.RowHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values step of the wizard: the distinct values of each enumerated or reference column (from the
 * first rows of the file), which of them are understood, and close suggestions for those that are not
 * ("technolgy" → technology, "Moses Frase" → Moses Fraser) for the user to confirm before the import.
 */
@Component
public class ValueAnalysis {

    static final int ROWS_SCANNED = 100_000;
    static final int VALUES_PER_FIELD = 200;

    private final ImportFiles files;
    private final MessageSource messages;

    ValueAnalysis(ImportFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    public List<FieldValues> analyse(ImportJob job, ImportPlan plan, ImportMapping mapping, CurrentUser importer)
            throws IOException {
        Map<Integer, ImportField> columns = new LinkedHashMap<>();
        plan.fieldByColumn().forEach((column, field) -> {
            if (field.type() == FieldType.ENUM || field.type() == FieldType.REFERENCE) {
                columns.put(column, field);
            }
        });
        if (columns.isEmpty()) {
            return List.of();
        }
        Map<Integer, Map<String, Integer>> counts = new LinkedHashMap<>();
        columns.keySet().forEach(c -> counts.put(c, new LinkedHashMap<>()));
        files.read(job, new RowHandler() {
            @Override
            public void headers(List<String> headers) {
            }

            @Override
            public boolean row(long number, List<String> cells) {
                counts.forEach((column, values) -> {
                    String cell = column < cells.size() ? RowConverter.unneutralise(cells.get(column).strip()) : "";
                    if (!cell.isEmpty() && (values.containsKey(cell) || values.size() < VALUES_PER_FIELD)) {
                        values.merge(cell, 1, Integer::sum);
                    }
                });
                return number < ROWS_SCANNED;
            }
        });
        List<FieldValues> result = new ArrayList<>();
        columns.forEach((column, field) -> result.add(field.type() == FieldType.ENUM
                ? enumValues(field, counts.get(column), mapping)
                : referenceValues(field, counts.get(column), mapping, importer)));
        return result;
    }

    private FieldValues enumValues(ImportField field, Map<String, Integer> counts, ImportMapping mapping) {
        EnumMatcher matcher = new EnumMatcher(field, messages);
        List<ValueInfo> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            String mapped = mapping.mappedValue(field.name(), value);
            Optional<String> code = matcher.match(mapped != null ? mapped : value);
            List<Choice> suggestions = code.isPresent() ? List.of() : matcher.suggest(value, 3).stream()
                    .map(s -> new Choice(s.candidate(), s.candidate(), s.score())).toList();
            values.add(new ValueInfo(value, count, code.orElse(null), mapped, suggestions));
        });
        List<Choice> options = field.options().stream().map(o -> new Choice(o.code(), o.code(), 1)).toList();
        return new FieldValues(field, values, options);
    }

    private FieldValues referenceValues(ImportField field, Map<String, Integer> counts, ImportMapping mapping,
                                        CurrentUser importer) {
        Map<String, String> lookFor = new LinkedHashMap<>();
        counts.keySet().forEach(v -> lookFor.put(v, Optional.ofNullable(mapping.mappedValue(field.name(), v)).orElse(v)));
        Map<String, UUID> found = field.reference().resolve(lookFor.values(), importer);
        Map<UUID, String> labels = field.reference().labels(found.values());
        List<ValueInfo> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            UUID id = found.get(lookFor.get(value));
            List<Choice> suggestions = id != null ? List.of() : field.reference().suggest(value, importer, 3).stream()
                    .map(ValueAnalysis::choice).toList();
            values.add(new ValueInfo(value, count, id == null ? null : labels.getOrDefault(id, id.toString()),
                    mapping.mappedValue(field.name(), value), suggestions));
        });
        return new FieldValues(field, values, List.of());
    }

    private static Choice choice(ReferenceMatch match) {
        return new Choice(match.id().toString(), match.label(), match.score());
    }

    /** The values of one column: each distinct value, and for an enumerated field every option. */
    public record FieldValues(ImportField field, List<ValueInfo> values, List<Choice> options) {
        public long unmatched() {
            return values.stream().filter(v -> v.matched() == null).count();
        }
    }

    /**
     * A distinct value, how often it occurs, what it was understood as (enum code or record label; null if
     * nothing), the user's mapping of it if any, and suggestions when not understood.
     */
    public record ValueInfo(String value, int count, String matched, String mappedTo, List<Choice> suggestions) {
    }

    public record Choice(String value, String label, double score) {
    }

}
