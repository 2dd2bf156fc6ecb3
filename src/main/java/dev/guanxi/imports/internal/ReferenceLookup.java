package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.FieldType;
import dev.guanxi.imports.ImportField;
import dev.guanxi.imports.ImportRow;
import dev.guanxi.imports.RowOutcome;
import dev.guanxi.imports.internal.ImportMapping.UnresolvedReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the reference columns of a chunk with one call per field (never a query per row), through
 * the user's value mapping first ("Moses Frase" → that user), and creates a missing referenced record
 * when the mapping says so and the target allows it. Remembers what it found for the rest of the file,
 * up to a bound, so a million contacts of a thousand accounts ask for each account once.
 */
final class ReferenceLookup {

    private static final int CACHE_LIMIT = 200_000;
    /** Marks a value that matched nothing, so it is not asked for again. */
    private static final UUID MISSING = new UUID(0, 0);

    private final List<ImportField> fields;
    private final ImportMapping mapping;
    private final CurrentUser importer;
    private final boolean dryRun;
    private final Map<String, Map<String, UUID>> known = new HashMap<>();

    ReferenceLookup(List<ImportField> mappedFields, ImportMapping mapping, CurrentUser importer, boolean dryRun) {
        this.fields = mappedFields.stream().filter(f -> f.type() == FieldType.REFERENCE).distinct().toList();
        this.mapping = mapping;
        this.importer = importer;
        this.dryRun = dryRun;
    }

    /**
     * Replaces each reference's text by the record's id in place; rows whose reference cannot be resolved
     * are removed from {@code rows} and returned as rejections.
     */
    List<RowOutcome> resolve(List<ImportRow> rows) {
        List<RowOutcome> rejections = new ArrayList<>();
        for (ImportField field : fields) {
            Map<String, UUID> ids = idsFor(field, rows);
            for (var iterator = rows.listIterator(); iterator.hasNext(); ) {
                ImportRow row = iterator.next();
                if (!row.has(field.name())) {
                    continue;
                }
                String text = (String) row.values().get(field.name());
                UUID id = ids.get(text);
                if (id == null || MISSING.equals(id)) {
                    rejections.add(RowOutcome.rejected(row.number(), field.name(), "import.row.unknown-reference", text));
                    iterator.remove();
                } else {
                    row.values().put(field.name(), id);
                }
            }
        }
        return rejections;
    }

    private Map<String, UUID> idsFor(ImportField field, List<ImportRow> rows) {
        Map<String, UUID> cache = known.computeIfAbsent(field.name(), k -> new LinkedHashMap<>());
        Set<String> wanted = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            if (row.has(field.name())) {
                String text = (String) row.values().get(field.name());
                if (!cache.containsKey(text)) {
                    wanted.add(text);
                }
            }
        }
        if (!wanted.isEmpty()) {
            Map<String, String> lookFor = new LinkedHashMap<>();
            wanted.forEach(text -> lookFor.put(text, Optional.ofNullable(mapping.mappedValue(field.name(), text)).orElse(text)));
            Map<String, UUID> found = field.reference().resolve(new LinkedHashSet<>(lookFor.values()), importer);
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            lookFor.forEach((text, target) -> cache.put(text, Optional.ofNullable(found.get(target)).orElseGet(
                    () -> createIfAllowed(field, target))));
        }
        return cache;
    }

    private UUID createIfAllowed(ImportField field, String value) {
        if (mapping.onUnresolvedReference() != UnresolvedReference.CREATE || !field.reference().canCreate()) {
            return MISSING;
        }
        // A preview creates nothing; a made-up id stands for the record the run would create.
        if (dryRun) {
            return UUID.randomUUID();
        }
        UUID created = field.reference().create(value, importer);
        return created == null ? MISSING : created;
    }
}
