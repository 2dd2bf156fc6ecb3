package dev.guanxi.activity.internal;

import dev.guanxi.contact.Contacts;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Colleagues and customer contacts taking part in an activity. */
@Component
class ActivityParticipants {

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Contacts contacts;

    ActivityParticipants(JdbcClient jdbc, UserDirectory users, Contacts contacts) {
        this.jdbc = jdbc;
        this.users = users;
        this.contacts = contacts;
    }

    void check(Collection<UUID> userIds, Collection<UUID> contactIds, List<UUID> currentContacts, List<FieldProblem> problems) {
        Map<UUID, UserSummary> found = users.findAll(new LinkedHashSet<>(userIds));
        if (userIds.stream().anyMatch(id -> id == null || found.get(id) == null || !found.get(id).active())) {
            problems.add(new FieldProblem("participantUserIds", "validation.reference-unknown"));
        }
        Set<UUID> added = new LinkedHashSet<>(contactIds);
        added.removeAll(currentContacts);
        if (added.contains(null) || contacts.findReadable(added).size() != added.size()) {
            problems.add(new FieldProblem("participantContactIds", "validation.reference-unknown"));
        }
    }

    void replace(UUID activityId, Collection<UUID> userIds, Collection<UUID> contactIds) {
        jdbc.sql("delete from activity_participants where activity_id = :id").param("id", activityId).update();
        for (UUID user : new LinkedHashSet<>(userIds)) {
            jdbc.sql("insert into activity_participants (id, activity_id, user_id) values (:id, :activity, :user)")
                    .param("id", UuidV7.next()).param("activity", activityId).param("user", user).update();
        }
        for (UUID contact : new LinkedHashSet<>(contactIds)) {
            jdbc.sql("insert into activity_participants (id, activity_id, contact_id) values (:id, :activity, :contact)")
                    .param("id", UuidV7.next()).param("activity", activityId).param("contact", contact).update();
        }
    }

    List<ActivityParticipantView> of(UUID activityId) {
        return jdbc.sql("""
                        select p.user_id, p.contact_id, coalesce(u.name, c.name) from activity_participants p
                        left join users u on u.id = p.user_id left join contacts c on c.id = p.contact_id
                        where p.activity_id = :id order by p.user_id is null, coalesce(u.name, c.name)
                        """)
                .param("id", activityId)
                .query((rs, n) -> new ActivityParticipantView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    /** Participants of many activities at once (list pages: one query, not one per row). */
    Map<UUID, List<ActivityParticipantView>> of(Collection<UUID> activityIds) {
        Map<UUID, List<ActivityParticipantView>> result = new HashMap<>();
        if (activityIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select p.activity_id, p.user_id, p.contact_id, coalesce(u.name, c.name) from activity_participants p
                        left join users u on u.id = p.user_id left join contacts c on c.id = p.contact_id
                        where p.activity_id in (:ids) order by p.user_id is null, coalesce(u.name, c.name)
                        """)
                .param("ids", activityIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new ActivityParticipantView(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4)));
                });
        return result;
    }
}
