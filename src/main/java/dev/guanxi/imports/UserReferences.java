package dev.guanxi.imports;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.imports.internal.values.Similarity;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Users named in an imported file (an owner, a sales agent) by id, e-mail or name, among the active
 * users. Whether the importer may give a record to that user is the target's rule, as in the forms.
 */
@Component
public class UserReferences implements ReferenceResolver {

    private final UserDirectory users;

    UserReferences(UserDirectory users) {
        this.users = users;
    }

    /** A name two active users share names neither of them: the file must say which (by e-mail). */
    private static final UUID AMBIGUOUS = new UUID(0, 0);

    @Override
    public Map<String, UUID> resolve(Collection<String> values, CurrentUser importer) {
        Map<String, UUID> byKey = new HashMap<>();
        for (UserSummary user : users.activeUsers()) {
            byKey.put(user.id().toString(), user.id());
            if (user.email() != null) {
                byKey.put(user.email().toLowerCase(Locale.ROOT), user.id());
            }
            byKey.merge(Similarity.key(user.name()), user.id(), (a, b) -> AMBIGUOUS);
        }
        Map<String, UUID> result = new LinkedHashMap<>();
        for (String value : values) {
            UUID id = byKey.get(value.strip().toLowerCase(Locale.ROOT));
            if (id == null) {
                id = byKey.get(Similarity.key(value));
            }
            if (id != null && !AMBIGUOUS.equals(id)) {
                result.put(value, id);
            }
        }
        return result;
    }

    @Override
    public List<ReferenceMatch> suggest(String value, CurrentUser importer, int limit) {
        return Similarity.best(value, users.activeUsers(), u -> List.of(u.name(), u.email() == null ? "" : u.email()),
                        limit, 0.75).stream()
                .map(s -> new ReferenceMatch(s.candidate().id(), s.candidate().name(), s.score())).toList();
    }

    @Override
    public Map<UUID, String> labels(Collection<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        users.findAll(ids).forEach((id, user) -> labels.put(id, user.name()));
        return labels;
    }
}
