package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.jpa.UuidV7;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a recurring activity as a series and one activity per occurrence, repeating in the
 * organiser's time zone. The first occurrence is the activity already created from the form.
 */
@Component
class ActivitySeriesStore {

    private final JdbcClient jdbc;
    private final ActivityRepository activities;
    private final ActivityParticipants participants;

    ActivitySeriesStore(JdbcClient jdbc, ActivityRepository activities, ActivityParticipants participants) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.participants = participants;
    }

    List<Activity> createOccurrences(Activity first, Recurrence recurrence, ActivityForm form) {
        ZoneId zone = ZoneId.of(CurrentUser.require().timeZone());
        List<Recurrence.Occurrence> occurrences = recurrence.expand(first.getPlannedStart(), first.getPlannedEnd(), zone);
        UUID seriesId = UuidV7.next();
        jdbc.sql("""
                        insert into activity_series (id, frequency, interval_n, until_date, occurrences, time_zone, created_by)
                        values (:id, :frequency, :interval, :until, :occurrences, :zone, :by)
                        """)
                .param("id", seriesId).param("frequency", recurrence.frequency().code()).param("interval", recurrence.interval())
                .param("until", recurrence.until()).param("occurrences", recurrence.occurrences()).param("zone", zone.getId())
                .param("by", CurrentUser.require().id()).update();
        first.partOf(seriesId);
        List<Activity> all = new ArrayList<>();
        all.add(activities.save(first));
        for (Recurrence.Occurrence occurrence : occurrences.subList(1, occurrences.size())) {
            Activity next = copy(first);
            next.schedule(occurrence.start(), occurrence.end(), first.isAllDay());
            next.partOf(seriesId);
            all.add(next);
        }
        List<Activity> saved = activities.saveAll(all);
        activities.flush();
        saved.subList(1, saved.size()).forEach(a ->
                participants.replace(a.getId(), form.getParticipantUserIds(), form.getParticipantContactIds()));
        return saved;
    }

    private static Activity copy(Activity first) {
        Activity next = new Activity(first.getType(), first.getSubject());
        next.setDescription(first.getDescription());
        next.setPriority(first.getPriority());
        next.setAccountId(first.getAccountId());
        next.setContactId(first.getContactId());
        next.setOpportunityId(first.getOpportunityId());
        next.setLeadId(first.getLeadId());
        next.setLocation(first.getLocation());
        next.setCurrency(first.getCurrency());
        next.setReminderMinutes(first.getReminderMinutes());
        next.assignTo(first.getOwnerId(), first.getDepartmentId());
        return next;
    }
}
