package dev.guanxi.imports.internal;

import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mappings a user saved by name for an entity ("Export from our old CRM"), so the next file of the same
 * shape is mapped with one choice. A template is the user's own: saving under an existing name replaces it.
 */
@Component
public class MappingTemplates {

    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final MappingJson mappings;

    MappingTemplates(JdbcClient jdbc, MappingJson mappings) {
        this.jdbc = jdbc;
        this.mappings = mappings;
    }

    public List<Template> list(UUID ownerId, String entity) {
        return jdbc.sql("select id, name from import_mapping_templates where owner_id = :owner and entity = :entity order by name")
                .param("owner", ownerId).param("entity", entity)
                .query((rs, n) -> new Template(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Saves {@code mapping} as {@code name}, replacing the user's template of that name. */
    public UUID save(UUID ownerId, String entity, String name, ImportMapping mapping) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw ValidationException.of("templateName", "import.template.name-invalid", MAX_NAME);
        }
        return jdbc.sql("""
                        insert into import_mapping_templates (id, entity, name, mapping, owner_id)
                        values (:id, :entity, :name, cast(:mapping as jsonb), :owner)
                        on conflict (owner_id, entity, name) do update set mapping = excluded.mapping
                        returning id
                        """)
                .param("id", UuidV7.next()).param("entity", entity).param("name", trimmed)
                .param("mapping", mappings.write(mapping)).param("owner", ownerId).query(UUID.class).single();
    }

    /** The user's template {@code id} for {@code entity}, if it is theirs. */
    public Optional<ImportMapping> find(UUID id, UUID ownerId, String entity) {
        return jdbc.sql("select mapping::text from import_mapping_templates where id = :id and owner_id = :owner and entity = :entity")
                .param("id", id).param("owner", ownerId).param("entity", entity).query(String.class).optional()
                .map(mappings::read);
    }

    public record Template(UUID id, String name) {
    }
}
