package dev.guanxi.imports.internal;

import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import java.util.ArrayList;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mapping checked against the file's columns and the target's fields: which column feeds which
 * field. Refuses a mapping that names an unknown column or field, feeds one field twice, leaves a
 * required field without a column, or matches duplicates on a field the target cannot match on.
 */
public record ImportPlan(Map<Integer, ImportField> fieldByColumn, List<ImportField> requiredFields, List<String> matchOn) {

    public static ImportPlan of(ImportTarget target, List<String> headers, ImportMapping mapping) {
        Map<String, ImportField> fields = target.fields().stream()
                .collect(Collectors.toMap(ImportField::name, f -> f, (a, b) -> a, LinkedHashMap::new));
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, ImportField> byColumn = new LinkedHashMap<>();
        Set<String> used = new java.util.HashSet<>();
        mapping.columns().forEach((column, fieldName) -> {
            int index = headers.indexOf(column);
            ImportField field = fields.get(fieldName);
            if (index < 0) {
                problems.add(new FieldProblem("mapping", "import.mapping.unknown-column", column));
            } else if (field == null) {
                problems.add(new FieldProblem("mapping", "import.mapping.unknown-field", fieldName));
            } else if (!used.add(fieldName)) {
                problems.add(new FieldProblem("mapping", "import.mapping.field-twice", fieldName));
            } else {
                byColumn.put(index, field);
            }
        });
        List<ImportField> required = fields.values().stream().filter(ImportField::required).toList();
        required.stream().filter(f -> !used.contains(f.name()))
                .forEach(f -> problems.add(new FieldProblem("mapping", "import.mapping.required-missing", label(f))));
        List<String> matchOn = mapping.matchOn().isEmpty() ? target.matchFields() : mapping.matchOn();
        matchOn.stream().filter(f -> !target.matchFields().contains(f))
                .forEach(f -> problems.add(new FieldProblem("mapping", "import.mapping.unknown-match", f,
                        String.join(", ", target.matchFields()))));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ImportPlan(byColumn, required, matchOn);
    }

    /** The field's label in the reader's language: message arguments that are resolvable are resolved too. */
    private static DefaultMessageSourceResolvable label(ImportField field) {
        return new DefaultMessageSourceResolvable(new String[] {field.labelKey()}, field.name());
    }

    public List<ImportField> mappedFields() {
        return List.copyOf(fieldByColumn.values());
    }
}
