package dev.guanxi.webhook.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.SecurityLog;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.StaleVersionException;
import dev.guanxi.shared.problem.ValidationException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing webhook endpoints (administrators only, checked by the callers' URL rules
 * and {@code @PreAuthorize}). A registration or a rotation generates a new secret and returns it once.
 */
@Service
public class WebhookEndpoints {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, version, url, description, array_to_string(event_types, ','), active,"
            + " created_by, created_at, updated_at";

    private final JdbcClient jdbc;
    private final WebhookUrlPolicy urls;
    private final SecurityLog securityLog;

    WebhookEndpoints(JdbcClient jdbc, WebhookUrlPolicy urls, SecurityLog securityLog) {
        this.jdbc = jdbc;
        this.urls = urls;
        this.securityLog = securityLog;
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints order by created_at desc, id desc limit 500")
                .query(WebhookEndpoints::endpoint).list();
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint require(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where id = :id").param("id", id)
                .query(WebhookEndpoints::endpoint).optional().orElseThrow(NotFoundException::new);
    }

    @Transactional
    public WebhookEndpoint.WithSecret register(WebhookEndpoint.Form form) {
        String url = urls.check(form.url()).toString();
        List<String> types = eventTypes(form.eventTypes());
        String description = description(form.description());
        UUID id = UuidV7.next();
        String secret = newSecret();
        jdbc.sql("""
                        insert into webhook_endpoints (id, url, description, event_types, secret, active, created_by)
                        values (:id, :url, :description, string_to_array(:types, ','), :secret, :active, :createdBy)
                        """)
                .param("id", id).param("url", url).param("description", description)
                .param("types", String.join(",", types)).param("secret", secret)
                .param("active", form.active() == null || form.active())
                .param("createdBy", CurrentUser.get().map(CurrentUser::id).orElse(null)).update();
        // where the company's data goes is for the auditor to see (the secret is not)
        securityLog.record("webhook.registered", "webhook", id.toString(), url + " " + types);
        return new WebhookEndpoint.WithSecret(require(id), secret);
    }

    @Transactional
    public WebhookEndpoint change(UUID id, WebhookEndpoint.Form form, Long expectedVersion) {
        WebhookEndpoint current = require(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersionException();
        }
        String url = form.url() == null ? current.url() : urls.check(form.url()).toString();
        List<String> types = form.eventTypes() == null ? current.eventTypes() : eventTypes(form.eventTypes());
        String description = form.description() == null ? current.description() : description(form.description());
        boolean active = form.active() == null ? current.active() : form.active();
        int changed = jdbc.sql("""
                        update webhook_endpoints set url = :url, description = :description,
                            event_types = string_to_array(:types, ','), active = :active, updated_at = now(),
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", id).param("url", url).param("description", description)
                .param("types", String.join(",", types)).param("active", active)
                .param("version", current.version()).update();
        if (changed == 0) {
            throw new StaleVersionException();
        }
        securityLog.record("webhook.changed", "webhook", id.toString(), url + " " + types + (active ? "" : " disabled"));
        return require(id);
    }

    /** A new secret; the old one stops signing at once (receivers switch over when they see a mismatch). */
    @Transactional
    public WebhookEndpoint.WithSecret rotateSecret(UUID id) {
        String secret = newSecret();
        int changed = jdbc.sql("""
                        update webhook_endpoints set secret = :secret, updated_at = now(), version = version + 1
                        where id = :id
                        """)
                .param("id", id).param("secret", secret).update();
        if (changed == 0) {
            throw new NotFoundException();
        }
        securityLog.record("webhook.secret-rotated", "webhook", id.toString(), null);
        return new WebhookEndpoint.WithSecret(require(id), secret);
    }

    /** The target of an attempt, secret included — for the sender only. */
    record Target(String url, String secret) {
    }

    Target target(UUID id) {
        return jdbc.sql("select url, secret from webhook_endpoints where id = :id").param("id", id)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2))).optional().orElse(null);
    }

    private static List<String> eventTypes(List<String> codes) {
        if (codes == null || codes.stream().allMatch(c -> c == null || c.isBlank())) {
            throw ValidationException.of("eventTypes", "webhook.event-types.required");
        }
        Set<String> types = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : codes.stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty()).toList()) {
            if (WebhookEventType.fromCode(code).isEmpty()) {
                problems.add(new FieldProblem("eventTypes", "webhook.event-types.unknown", code));
            }
            types.add(code);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return List.copyOf(types);
    }

    private static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 500) {
            throw ValidationException.of("description", "validation.too-long", 500);
        }
        return text.strip();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                Arrays.asList(rs.getString(5).split(",")), rs.getBoolean(6), rs.getObject(7, UUID.class),
                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getObject(9, OffsetDateTime.class).toInstant());
    }
}
