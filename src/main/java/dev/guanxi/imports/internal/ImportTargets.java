package dev.guanxi.imports.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ImportTarget;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.problem.ForbiddenException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every module's import target, by resource name. */
@Component
public class ImportTargets {

    private final Map<String, ImportTarget> byEntity = new LinkedHashMap<>();

    ImportTargets(List<ImportTarget> targets) {
        targets.stream().sorted(Comparator.comparing(ImportTarget::entity)).forEach(t -> byEntity.put(t.entity(), t));
    }

    public List<ImportTarget> all() {
        return List.copyOf(byEntity.values());
    }

    /** The targets {@code user} may import into, for the wizard and the API's list. */
    public List<ImportTarget> availableTo(CurrentUser user) {
        return byEntity.values().stream().filter(t -> t.mayImport(user)).toList();
    }

    /** The target of {@code entity}, which {@code user} must be allowed to import into (else 403). */
    public ImportTarget requireFor(String entity, CurrentUser user) {
        ImportTarget target = require(entity);
        if (!target.mayImport(user)) {
            throw new ForbiddenException("import.entity.forbidden", entity);
        }
        return target;
    }

    public Optional<ImportTarget> find(String entity) {
        return Optional.ofNullable(entity == null ? null : byEntity.get(entity));
    }

    public ImportTarget require(String entity) {
        return find(entity).orElseThrow(() -> new BadRequestException("import.entity.unknown", "entity",
                String.join(", ", byEntity.keySet())));
    }
}
