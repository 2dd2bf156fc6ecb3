package dev.guanxi.activity.internal;

import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.imports.ReferenceResolver;
import dev.guanxi.sales.OpportunitySummary;
import dev.guanxi.sales.Opportunities;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Contacts and deals named in an activity file: by id only, among the records the importer can see.
 * The contact and sales modules offer no lookup by name or external id to other modules, and a name
 * alone (王伟) is too often shared to link a call to the right person; a file from the old CRM that
 * keeps our ids (an export of ours) links, any other leaves the column unmapped.
 */
final class ActivityIdReferences implements ReferenceResolver {

    private final Function<Collection<UUID>, Map<UUID, String>> readableLabels;

    private ActivityIdReferences(Function<Collection<UUID>, Map<UUID, String>> readableLabels) {
        this.readableLabels = readableLabels;
    }

    static ActivityIdReferences contacts(Contacts contacts) {
        return new ActivityIdReferences(ids -> {
            Map<UUID, String> labels = new HashMap<>();
            for (ContactSummary c : contacts.findReadable(ids).values()) {
                labels.put(c.id(), c.accountName() == null ? c.name() : c.name() + " (" + c.accountName() + ")");
            }
            return labels;
        });
    }

    static ActivityIdReferences opportunities(Opportunities opportunities) {
        return new ActivityIdReferences(ids -> {
            Map<UUID, String> labels = new HashMap<>();
            for (OpportunitySummary o : opportunities.findReadable(ids).values()) {
                labels.put(o.id(), o.name());
            }
            return labels;
        });
    }

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        Map<String, UUID> asIds = new LinkedHashMap<>();
        for (String value : values) {
            try {
                asIds.put(value, UUID.fromString(value.strip()));
            } catch (IllegalArgumentException notAnId) {
                // a name or another system's key: not found
            }
        }
        if (asIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> readable = importer.callAs(() -> readableLabels.apply(asIds.values()));
        Map<String, UUID> result = new LinkedHashMap<>();
        asIds.forEach((value, id) -> {
            if (readable.containsKey(id)) {
                result.put(value, id);
            }
        });
        return result;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        return List.of();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        return CurrentUser.get().isPresent() ? readableLabels.apply(ids) : Map.of();
    }
}
