package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar (日程安排): planned activities in a time range for me, a colleague, a team or a
 * department, each marked when it overlaps another of the same person's (a conflict), and whether
 * the user may move it.
 */
@Service
public class ActivityCalendar {

    /** A calendar shows at most this many entries at once (a department's month). */
    public static final int MAX_EVENTS = 2000;

    private final ActivityQueries queries;

    ActivityCalendar(ActivityQueries queries) {
        this.queries = queries;
    }

    /**
     * One entry; {@code localStart}/{@code localEnd} are the same times on the caller's wall clock (their
     * time zone setting), which the calendar page shows whatever zone the browser's computer is in.
     */
    public record Event(UUID id, long version, String title, String type, String status, boolean overdue, Instant start,
                        Instant end, LocalDateTime localStart, LocalDateTime localEnd, boolean allDay, UUID ownerId,
                        String ownerName, String accountName, String location, boolean conflict, boolean editable) {
    }

    @Transactional(readOnly = true)
    public List<Event> between(Instant from, Instant to, ActivityQueries.ActivityFilter filter, VisibilityScope scope) {
        List<ActivityRow> rows = queries.between(from, to, filter, scope, MAX_EVENTS);
        Set<UUID> conflicts = conflicts(rows);
        CurrentUser me = CurrentUser.require();
        ZoneId zone = ZoneId.of(me.timeZone());
        return rows.stream().map(a -> new Event(a.id(), a.version(), a.subject(), a.type(), a.shownStatus(), a.overdue(),
                        a.plannedStart(), a.plannedEnd(), LocalDateTime.ofInstant(a.plannedStart(), zone),
                        a.plannedEnd() == null ? null : LocalDateTime.ofInstant(a.plannedEnd(), zone), a.allDay(), a.ownerId(), a.ownerName(), a.accountName(), a.location(),
                        conflicts.contains(a.id()),
                        ("planned".equals(a.status()) || "in_progress".equals(a.status())) && me.mayChange(a.ownerId(), a.departmentId())))
                .toList();
    }

    /** Timed activities of one owner that overlap each other; all-day ones and to-dos without an end never conflict. */
    static Set<UUID> conflicts(List<ActivityRow> rows) {
        Map<UUID, List<ActivityRow>> byOwner = new HashMap<>();
        rows.stream().filter(a -> !a.allDay() && a.plannedEnd() != null && a.plannedEnd().isAfter(a.plannedStart())
                        && !"done".equals(a.status()))
                .forEach(a -> byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a));
        Set<UUID> conflicts = new HashSet<>();
        for (List<ActivityRow> own : byOwner.values()) {
            own.sort(Comparator.comparing(ActivityRow::plannedStart));
            ActivityRow latest = null;
            for (ActivityRow a : own) {
                if (latest != null && a.plannedStart().isBefore(latest.plannedEnd())) {
                    conflicts.add(a.id());
                    conflicts.add(latest.id());
                }
                if (latest == null || a.plannedEnd().isAfter(latest.plannedEnd())) {
                    latest = a;
                }
            }
        }
        return conflicts;
    }
}
