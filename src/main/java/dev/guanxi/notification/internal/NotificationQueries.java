package dev.guanxi.notification.internal;

import dev.guanxi.shared.paging.Keyset;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.paging.SortField;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.sql.Where;
import dev.guanxi.shared.visibility.SqlCondition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * A user's own notifications. Every statement has {@code recipient_id = :me}: someone else's
 * notification is not found (404), exactly like a missing one.
 */
@Component
public class NotificationQueries {

    public static final List<SortField> SORTS = List.of(
            new SortField("createdAt", "n.created_at", SortField.ValueType.TIMESTAMP));
    public static final Sort NEWEST_FIRST = new Sort(SORTS.get(0), true);
    private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Slice<NotificationRow> list(UUID me, boolean unreadOnly, PageRequest page) {
        Where where = new Where().add(new SqlCondition("n.recipient_id = :me", Map.of("me", me)));
        if (unreadOnly) {
            where.add("n.read_at is null");
        }
        where.add(Keyset.after(page, "n"));
        String sql = "select n.id, n.kind, n.message_key, n.message_args::text as args, n.link_path, n.created_at, n.read_at"
                + " from notifications n where " + where.sql() + " order by " + page.sort().orderBy("n")
                + " limit " + (page.limit() + 1);
        List<NotificationRow> rows = where.bind(jdbc.sql(sql)).query((rs, n) -> new NotificationRow(
                rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("message_key"),
                json.readValue(rs.getString("args"), ARGS), rs.getString("link_path"),
                instant(rs.getObject("created_at", OffsetDateTime.class)),
                instant(rs.getObject("read_at", OffsetDateTime.class)))).list();
        return Keyset.slice(rows, page, NotificationRow::createdAt, NotificationRow::id);
    }

    /** The bell: served by the partial index on unread notifications. */
    @Transactional(readOnly = true)
    public long unreadCount(UUID me) {
        return jdbc.sql("select count(*) from notifications where recipient_id = :me and read_at is null")
                .param("me", me).query(Long.class).single();
    }

    /** Marks one of the user's notifications read and returns where it points (or {@code null}). */
    @Transactional
    public String markRead(UUID me, UUID id) {
        return jdbc.sql("""
                        update notifications set read_at = coalesce(read_at, now())
                        where id = :id and recipient_id = :me returning link_path
                        """)
                .param("id", id).param("me", me).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .optional().orElseThrow(NotFoundException::new).orElse(null);
    }

    @Transactional
    public int markAllRead(UUID me) {
        return jdbc.sql("update notifications set read_at = now() where recipient_id = :me and read_at is null")
                .param("me", me).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
