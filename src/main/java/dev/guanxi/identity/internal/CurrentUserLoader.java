package dev.guanxi.identity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads an active user with roles and department subtree in one query — once per request, so that
 * a disabled account or a changed role takes effect on the next request, on any node.
 */
@Component
class CurrentUserLoader {

    private static final String SELECT = """
            with recursive subtree(id) as (
                select u.department_id from users u where u.id = :userId and u.department_id is not null
                union
                select d.id from departments d join subtree s on d.parent_id = s.id
            )
            select u.id, u.email, u.name, u.language, u.time_zone, u.department_id,
                   array(select r.role from user_roles r where r.user_id = u.id) as roles,
                   array(select id from subtree) as subtree
            from users u
            where u.id = :userId and u.active
            """;

    private final JdbcClient jdbc;

    CurrentUserLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CurrentUser> load(UUID userId) {
        return jdbc.sql(SELECT).param("userId", userId).query(CurrentUserLoader::map).optional();
    }

    /**
     * The active user of a valid (unrevoked, unexpired) bearer token, loaded like {@link #load} in the
     * same single query — every API call pays for one round trip, not two.
     */
    Optional<TokenUser> loadByToken(byte[] tokenHash) {
        return jdbc.sql(BY_TOKEN).param("hash", tokenHash)
                .query((rs, n) -> new TokenUser(rs.getObject("token_id", UUID.class),
                        rs.getObject("last_used_at", java.time.OffsetDateTime.class), map(rs, n)))
                .optional();
    }

    record TokenUser(UUID tokenId, java.time.OffsetDateTime lastUsedAt, CurrentUser user) {
    }

    private static final String BY_TOKEN = """
            with recursive token as (
                select t.id, t.user_id, t.last_used_at from api_tokens t
                where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
            ), subtree(id) as (
                select u.department_id from users u join token on token.user_id = u.id where u.department_id is not null
                union
                select d.id from departments d join subtree s on d.parent_id = s.id
            )
            select token.id as token_id, token.last_used_at, u.id, u.email, u.name, u.language, u.time_zone, u.department_id,
                   array(select r.role from user_roles r where r.user_id = u.id) as roles,
                   array(select id from subtree) as subtree
            from token join users u on u.id = token.user_id
            where u.active
            """;

    private static CurrentUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : strings(rs.getArray("roles"))) {
            Role.fromCode(code).ifPresent(roles::add);
        }
        List<UUID> subtree = new ArrayList<>();
        Array array = rs.getArray("subtree");
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                subtree.add((UUID) id);
            }
        }
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getString("language"), rs.getString("time_zone"), rs.getObject("department_id", UUID.class),
                roles, subtree);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }
}
