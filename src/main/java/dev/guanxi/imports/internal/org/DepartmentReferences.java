package dev.guanxi.imports.internal.org;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.imports.ReferenceResolver;
import dev.guanxi.imports.internal.values.Similarity;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Departments named in a file of users: by id, by name when only one department has it, or by path
 * ("销售部/华东区"). A name two departments share finds nothing: the file must give the path.
 */
@Component
class DepartmentReferences implements ReferenceResolver {

    private final UserDirectory directory;

    DepartmentReferences(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        DepartmentPaths tree = DepartmentPaths.of(directory.departments());
        Map<String, UUID> found = new LinkedHashMap<>();
        for (String value : values) {
            DepartmentPaths.Node node = tree.resolve(value).node();
            if (node != null) {
                found.put(value, node.id());
            }
        }
        return found;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        return Similarity.best(value, DepartmentPaths.of(directory.departments()).all(), n -> List.of(n.name(), n.path()),
                        limit, 0.75).stream()
                .map(s -> new ReferenceMatch(s.candidate().id(), s.candidate().path(), s.score())).toList();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        DepartmentPaths tree = DepartmentPaths.of(directory.departments());
        Map<UUID, String> labels = new HashMap<>();
        for (UUID id : ids) {
            DepartmentPaths.Node node = tree.byId(id);
            if (node != null) {
                labels.put(id, node.path());
            }
        }
        return labels;
    }
}
