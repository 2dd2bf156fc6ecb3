package dev.guanxi.customer.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ValidationException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Saved list views: a name and the list's filters as a query string. Only known filter names are
 * kept, so a saved view can never carry anything but a filter.
 */
@Service
public class SavedViews {

    private final JdbcClient jdbc;

    SavedViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SavedView(UUID id, String name, String query) {
    }

    public List<SavedView> mine(String resource) {
        return jdbc.sql("select id, name, query from saved_views where user_id = :user and resource = :resource order by name")
                .param("user", CurrentUser.require().id()).param("resource", resource)
                .query((rs, n) -> new SavedView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    public SavedView save(String resource, String name, Map<String, String> filters, List<String> allowed) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            throw ValidationException.of("name", "validation.required");
        }
        String query = encode(filters, allowed);
        UUID id = UuidV7.next();
        try {
            jdbc.sql("insert into saved_views (id, user_id, resource, name, query) values (:id, :user, :resource, :name, :query)")
                    .param("id", id).param("user", CurrentUser.require().id()).param("resource", resource)
                    .param("name", cleanName).param("query", query).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.view.exists");
        }
        return new SavedView(id, cleanName, query);
    }

    public void delete(UUID id) {
        jdbc.sql("delete from saved_views where id = :id and user_id = :user")
                .param("id", id).param("user", CurrentUser.require().id()).update();
    }

    static String encode(Map<String, String> filters, List<String> allowed) {
        List<String> parts = new ArrayList<>();
        for (String name : allowed) {
            String value = filters.get(name);
            if (value != null && !value.isBlank() && value.length() <= 200) {
                parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    public static Map<String, String> decode(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return result;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                result.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }
}
