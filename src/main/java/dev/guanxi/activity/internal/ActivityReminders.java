package dev.guanxi.activity.internal;

import dev.guanxi.notification.NotificationDraft;
import dev.guanxi.notification.Notifications;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders and alerts (事务提醒, 报警), run by {@link ReminderJobs} with the time passed in (so tests
 * control the clock):
 * <ul>
 *   <li>a reminder before an activity starts, to its owner and the colleagues taking part, in the
 *       notification centre and by e-mail; every occurrence of a recurring duty has its own;</li>
 *   <li>an overdue alert to the owner when an open activity's time has passed;</li>
 *   <li>each morning at 8 (the user's clock) the day's list: what is planned today and what is overdue.</li>
 * </ul>
 * Each is sent once: the activity row records the time it was sent for (claimed with {@code for update
 * skip locked}, so two nodes never take the same rows), and the notification's dedupe key makes a
 * second attempt a no-op.
 */
@Service
public class ActivityReminders {

    /** A reminder found later than this after the start (all nodes were down) is no longer sent. */
    static final Duration TOO_LATE = Duration.ofHours(1);
    /** Reminders are set at most four weeks ahead (ActivityForm), so nothing further can be due. */
    static final Duration LONGEST_REMINDER = Duration.ofDays(28);
    /** Activities overdue for longer than this when first seen are not alerted one by one (the daily list has them). */
    static final Duration OVERDUE_WINDOW = Duration.ofDays(7);
    static final int BATCH = 500;
    static final int MORNING_HOUR = 8;

    private final JdbcClient jdbc;
    private final Notifications notifications;

    ActivityReminders(JdbcClient jdbc, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    record Due(UUID id, String subject, Instant at, UUID ownerId) {
    }

    /** Sends the reminders due at {@code now}; returns how many activities were reminded. */
    @Transactional
    public int remind(Instant now) {
        List<Due> due = jdbc.sql("""
                        select a.id, a.subject, a.planned_start, a.owner_id from activities a
                         where a.reminder_minutes is not null and a.deleted_at is null and a.status in ('planned', 'in_progress')
                           and a.planned_start > :tooLate and a.planned_start <= :horizon
                           and a.planned_start - make_interval(mins => a.reminder_minutes) <= :now
                           and a.reminded_for is distinct from a.planned_start
                         order by a.planned_start limit :batch for update skip locked
                        """)
                .param("tooLate", Timestamp.from(now.minus(TOO_LATE))).param("horizon", Timestamp.from(now.plus(LONGEST_REMINDER)))
                .param("now", Timestamp.from(now)).param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, UUID.class)))
                .list();
        Map<UUID, List<UUID>> people = peopleOf(due);
        for (Due activity : due) {
            long minutes = Math.max(0, Duration.between(now, activity.at()).plusSeconds(59).toMinutes());
            String key = minutes == 0 ? "notification.activity-starts-now" : "notification.activity-starts-in";
            for (UUID recipient : people.getOrDefault(activity.id(), List.of())) {
                notifications.notify(new NotificationDraft(recipient, "activity.reminder", key,
                        List.of(activity.subject(), Long.toString(minutes)), "/activities/" + activity.id(),
                        "activity-reminder:" + activity.id() + ":" + activity.at().getEpochSecond(), true));
            }
            jdbc.sql("update activities set reminded_for = :at where id = :id")
                    .param("at", Timestamp.from(activity.at())).param("id", activity.id()).update();
        }
        return due.size();
    }

    /** Alerts owners of activities that became overdue by {@code now}; returns how many. */
    @Transactional
    public int alertOverdue(Instant now) {
        List<Due> overdue = jdbc.sql("""
                        select a.id, a.subject, coalesce(a.planned_end, a.planned_start), a.owner_id from activities a
                         where a.deleted_at is null and a.status in ('planned', 'in_progress') and a.owner_id is not null
                           and coalesce(a.planned_end, a.planned_start) < :now
                           and coalesce(a.planned_end, a.planned_start) > :window
                           and a.overdue_alerted_for is distinct from coalesce(a.planned_end, a.planned_start)
                         order by coalesce(a.planned_end, a.planned_start) limit :batch for update skip locked
                        """)
                .param("now", Timestamp.from(now)).param("window", Timestamp.from(now.minus(OVERDUE_WINDOW)))
                .param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, UUID.class)))
                .list();
        for (Due activity : overdue) {
            notifications.notify(new NotificationDraft(activity.ownerId(), "activity.overdue", "notification.activity-overdue",
                    List.of(activity.subject()), "/activities/" + activity.id(),
                    "activity-overdue:" + activity.id() + ":" + activity.at().getEpochSecond(), false));
            jdbc.sql("update activities set overdue_alerted_for = :at where id = :id")
                    .param("at", Timestamp.from(activity.at())).param("id", activity.id()).update();
        }
        return overdue.size();
    }

    /**
     * The day's list for everyone whose clock shows 8 o'clock at {@code now} and who has something
     * planned today or overdue: one notification and e-mail per person and day.
     */
    @Transactional
    public int sendTodayLists(Instant now) {
        record Day(UUID userId, String date, long today, long overdue) {
        }
        List<Day> days = jdbc.sql("""
                        select u.id, cast(cast(:now as timestamptz) at time zone u.time_zone as date),
                               count(*) filter (where cast(a.planned_start at time zone u.time_zone as date)
                                                    = cast(cast(:now as timestamptz) at time zone u.time_zone as date)),
                               count(*) filter (where coalesce(a.planned_end, a.planned_start) < :now)
                          from users u
                          join activities a on a.owner_id = u.id and a.deleted_at is null
                                           and a.status in ('planned', 'in_progress')
                                           and coalesce(a.planned_end, a.planned_start) < :tomorrow
                         where u.active and extract(hour from cast(:now as timestamptz) at time zone u.time_zone) = :hour
                         group by u.id, u.time_zone
                        """)
                .param("now", Timestamp.from(now)).param("tomorrow", Timestamp.from(now.plus(Duration.ofDays(1))))
                .param("hour", MORNING_HOUR)
                .query((rs, n) -> new Day(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        int sent = 0;
        for (Day day : days) {
            if (day.today() + day.overdue() == 0) {
                continue;
            }
            boolean isNew = notifications.notify(new NotificationDraft(day.userId(), "activity.today", "notification.activity-today",
                    List.of(Long.toString(day.today()), Long.toString(day.overdue())), "/activities?view=pending",
                    "activity-today:" + day.date(), true));
            sent += isNew ? 1 : 0;
        }
        return sent;
    }

    /** For each activity, its owner and the colleagues taking part (active users), each once — in one query. */
    private Map<UUID, List<UUID>> peopleOf(List<Due> activities) {
        if (activities.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> people = new HashMap<>();
        jdbc.sql("""
                        select a.id, u.id from activities a
                          join users u on u.active and (u.id = a.owner_id or u.id in
                               (select p.user_id from activity_participants p where p.activity_id = a.id and p.user_id is not null))
                         where a.id in (:ids)
                        """)
                .param("ids", activities.stream().map(Due::id).toList())
                .query(rs -> {
                    people.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return people;
    }
}
