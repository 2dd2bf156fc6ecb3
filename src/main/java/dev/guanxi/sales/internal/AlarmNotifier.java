package dev.guanxi.sales.internal;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.notification.NotificationDraft;
import dev.guanxi.notification.Notifications;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.visibility.VisibilityScope;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily alarm round: tells the owner of every abnormal deal, and the sales managers of the
 * owner's department, once per deal and reason (with a mail). The dedupe key carries the episode —
 * the stage and when it was entered, the last activity, the expected close date — so an alarm that
 * was dealt with and comes back later (next stage, idle again) is raised again, and running the
 * round twice raises nothing new.
 */
@Service
public class AlarmNotifier {

    static final String KIND = "sales.alarm";
    private static final int BATCH = 200;

    private final OpportunityAlarms alarms;
    private final Notifications notifications;
    private final UserDirectory users;

    AlarmNotifier(OpportunityAlarms alarms, Notifications notifications, UserDirectory users) {
        this.alarms = alarms;
        this.notifications = notifications;
        this.users = users;
    }

    /** Runs one round over every abnormal deal of the company; returns how many notifications were new. */
    @Transactional
    public int raise() {
        Map<UUID, List<UUID>> managers = new HashMap<>();
        int raised = 0;
        String cursor = null;
        do {
            Slice<OpportunityAlarms.Alarm> page = alarms.list(null,
                    PageRequest.of(BATCH, cursor, OpportunityQueries.DEFAULT_SORT), VisibilityScope.system());
            for (OpportunityAlarms.Alarm alarm : page.items()) {
                raised += raise(alarm, recipients(alarm.deal(), managers));
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return raised;
    }

    private int raise(OpportunityAlarms.Alarm alarm, Set<UUID> recipients) {
        int raised = 0;
        for (OpportunityAlarms.Reason reason : alarm.reasons()) {
            if (!reason.notified()) {
                continue;
            }
            String dedupe = "opportunity-alarm:" + alarm.deal().id() + ":" + reason.code() + ":" + episode(alarm, reason);
            for (UUID recipient : recipients) {
                if (notifications.notify(new NotificationDraft(recipient, KIND, "alarm.notify." + reason.code(),
                        arguments(alarm, reason), "/opportunities/" + alarm.deal().id(), dedupe, true))) {
                    raised++;
                }
            }
        }
        return raised;
    }

    private static String episode(OpportunityAlarms.Alarm alarm, OpportunityAlarms.Reason reason) {
        OpportunityRow deal = alarm.deal();
        return switch (reason) {
            case STAGE_OVERDUE -> deal.stageId() + "@" + deal.stageEnteredAt().getEpochSecond();
            case IDLE -> String.valueOf(alarm.lastTouch().getEpochSecond());
            case CLOSE_DATE_PASSED -> String.valueOf(deal.expectedCloseDate());
            default -> reason.code();
        };
    }

    private static List<String> arguments(OpportunityAlarms.Alarm alarm, OpportunityAlarms.Reason reason) {
        String name = alarm.deal().name();
        return switch (reason) {
            case STAGE_OVERDUE -> List.of(name, String.valueOf(alarm.daysInStage()), String.valueOf(alarm.maxDaysInStage()));
            case IDLE -> List.of(name, String.valueOf(alarm.idleDays()));
            case CLOSE_DATE_PASSED -> List.of(name, String.valueOf(alarm.deal().expectedCloseDate()));
            default -> List.of(name);
        };
    }

    private Set<UUID> recipients(OpportunityRow deal, Map<UUID, List<UUID>> managersByDepartment) {
        Set<UUID> recipients = new LinkedHashSet<>();
        recipients.add(deal.ownerId());
        if (deal.departmentId() != null) {
            recipients.addAll(managersByDepartment.computeIfAbsent(deal.departmentId(),
                    department -> users.salesManagersOf(department).stream().map(UserSummary::id).toList()));
        }
        return recipients;
    }
}
