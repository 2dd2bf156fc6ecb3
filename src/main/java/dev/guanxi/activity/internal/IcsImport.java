package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ValidationException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the events of an .ics file as the user's meetings. Each event's UID becomes the activity's
 * external id ("ics:" + UID), so importing the same file again creates nothing twice. All or nothing:
 * one event that cannot be an activity refuses the file.
 */
@Service
public class IcsImport {

    static final int MAX_EVENTS = 2000;

    private final ActivityEditing editing;
    private final JdbcClient jdbc;

    IcsImport(ActivityEditing editing, JdbcClient jdbc) {
        this.editing = editing;
        this.jdbc = jdbc;
    }

    public record Result(int created, int skipped) {
    }

    @Transactional
    public Result importFile(InputStream file) {
        List<IcsFiles.ImportedEvent> events = IcsFiles.read(file, ZoneId.of(CurrentUser.require().timeZone()));
        if (events.size() > MAX_EVENTS) {
            throw ValidationException.of("file", "validation.ics-too-many", MAX_EVENTS);
        }
        int created = 0;
        int skipped = 0;
        Set<String> known = alreadyImported(events);
        for (IcsFiles.ImportedEvent event : events) {
            String externalId = event.uid() == null ? null : "ics:" + event.uid();
            if (externalId != null && (externalId.length() > 100 || !known.add(externalId))) {
                skipped++;
                continue;
            }
            ActivityForm form = new ActivityForm();
            form.setType(ActivityType.MEETING.code());
            form.setSubject(event.summary() == null ? "—" : truncate(event.summary(), 200));
            form.setExternalId(externalId);
            form.setPlannedStart(event.start().atOffset(ZoneOffset.UTC));
            form.setPlannedEnd(event.end() == null ? null : event.end().atOffset(ZoneOffset.UTC));
            form.setAllDay(event.allDay());
            form.setLocation(event.location() == null ? null : truncate(event.location(), 200));
            form.setDescription(event.description() == null ? null : truncate(event.description(), 10000));
            java.time.Instant over = event.end() != null ? event.end() : event.start();
            if (over.isBefore(java.time.Instant.now())) {
                // a meeting of the past that is in someone's calendar took place
                form.setStatus(ActivityStatus.DONE.code());
                form.setActualStart(form.getPlannedStart());
                form.setActualEnd(form.getPlannedEnd());
            }
            editing.create(form);
            created++;
        }
        return new Result(created, skipped);
    }

    /** The external ids of this file's events that are already activities, in one query. */
    private Set<String> alreadyImported(List<IcsFiles.ImportedEvent> events) {
        List<String> ids = events.stream().filter(e -> e.uid() != null).map(e -> "ics:" + e.uid()).distinct().toList();
        return ids.isEmpty() ? new HashSet<>() : new HashSet<>(jdbc.sql("select external_id from activities where external_id in (:ids)")
                .param("ids", ids).query(String.class).list());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
