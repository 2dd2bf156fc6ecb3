package dev.guanxi.imports;

import dev.guanxi.identity.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the records a reference column names — by id, external id, name (or e-mail for users) as
 * CONTRACTS.md says — among those the importing user may use, and creates missing ones where that
 * makes sense (an account named by a contact row). Called with many values at once: no query per row.
 */
public interface ReferenceResolver {

    /** Exact matches: source value as given → record id. Values not found are left out. */
    Map<String, UUID> resolve(Collection<String> values, CurrentUser importer);

    /** Close matches for a value that was not found, best first. */
    List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit);

    /** Display names of records (for showing the value mapping). */
    Map<UUID, String> labels(Collection<UUID> ids);

    /** Whether {@link #create} may be used for values that match nothing. */
    default boolean canCreate() {
        return false;
    }

    /** Creates the referenced record named {@code value} on the importer's behalf and returns its id. */
    default UUID create(String value, CurrentUser importer) {
        throw new UnsupportedOperationException("This reference cannot be created by an import");
    }

    record ReferenceMatch(UUID id, String label, double score) {
    }
}
