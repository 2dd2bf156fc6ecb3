package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.SqlCondition;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes an activity: visibility by owner and department as everywhere, and colleagues
 * taking part see it too (it is in their calendar); only those who may change the owner's records
 * change it.
 */
@Component
class ActivityAccess {

    private final ActivityRepository activities;
    private final JdbcClient jdbc;

    ActivityAccess(ActivityRepository activities, JdbcClient jdbc) {
        this.activities = activities;
        this.jdbc = jdbc;
    }

    Activity readable(UUID id) {
        return activities.findOne(VisibilitySpecifications.readableById(id, scope(), false))
                .or(() -> takesPart(id) ? activities.findById(id).filter(a -> a.getDeletedAt() == null) : Optional.empty())
                .orElseThrow(NotFoundException::new);
    }

    Activity deletedReadable(UUID id) {
        return activities.findOne(VisibilitySpecifications.readableById(id, scope(), true)).orElseThrow(NotFoundException::new);
    }

    Activity editable(UUID id) {
        Activity activity = readable(id);
        requireEditable(activity);
        return activity;
    }

    void requireEditable(Activity activity) {
        if (!mayEdit(activity)) {
            throw new ForbiddenException("problem.activity.not-yours");
        }
    }

    boolean mayEdit(Activity activity) {
        return CurrentUser.require().mayChange(activity.getOwnerId(), activity.getDepartmentId());
    }

    private boolean takesPart(UUID id) {
        return CurrentUser.get().map(me -> jdbc.sql(
                        "select exists (select 1 from activity_participants where activity_id = :id and user_id = :me)")
                .param("id", id).param("me", me.id()).query(Boolean.class).single()).orElse(false);
    }

    static VisibilityScope scope() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }

    /** SQL for activities the user may read: by ownership, or as a participant. */
    static SqlCondition readableSql(VisibilityScope scope) {
        return scope.seesEverything() ? scope.readableSql("a") : orTakingPart(scope.readableSql("a"), scope);
    }

    /** {@code condition} on activities "a", or the user takes part in the activity. */
    static SqlCondition orTakingPart(SqlCondition condition, VisibilityScope scope) {
        if (scope.userId() == null) {
            return condition;
        }
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("participant", scope.userId());
        return new SqlCondition("(" + condition.sql() + " or exists (select 1 from activity_participants p"
                + " where p.activity_id = a.id and p.user_id = :participant))", params);
    }
}
