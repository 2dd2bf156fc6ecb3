package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityAnalysis;
import dev.guanxi.activity.internal.ActivityQueries;
import dev.guanxi.activity.internal.ActivityType;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.CodedEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Query parameters of activity lists, the calendar and the API → filter; malformed values are a 400. */
@Component
class ActivityFilterParameters {

    static final List<String> NAMES = List.of("view", "q", "type", "ownerId", "departmentId", "accountId", "contactId",
            "opportunityId", "leadId", "from", "to", "teamId");

    private final UserDirectory users;

    ActivityFilterParameters(UserDirectory users) {
        this.users = users;
    }

    ActivityQueries.ActivityFilter parse(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        String view = params.get("view");
        ActivityQueries.View parsedView;
        try {
            parsedView = view == null || view.isBlank() ? ActivityQueries.View.ALL
                    : ActivityQueries.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", "view");
        }
        String type = params.get("type");
        ActivityType parsedType = type == null || type.isBlank() ? null : CodedEnum.fromCode(ActivityType.class, type.strip())
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "type"));
        List<UUID> departments = departments(params.get("departmentId"), me);
        Instant from = time(params.get("from"), "from", me);
        Instant to = time(params.get("to"), "to", me);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("problem.filter.invalid", "from");
        }
        return new ActivityQueries.ActivityFilter(parsedView, blank(params.get("q")), parsedType,
                "me".equals(params.get("ownerId")) ? me.id() : uuid(params.get("ownerId"), "ownerId"), departments,
                uuid(params.get("accountId"), "accountId"), uuid(params.get("contactId"), "contactId"),
                uuid(params.get("opportunityId"), "opportunityId"), uuid(params.get("leadId"), "leadId"), from, to,
                uuid(params.get("teamId"), "teamId"));
    }

    /**
     * The activity analysis: from/to are days (both included, the current month when neither is given),
     * ownerId ('me' or a user), departmentId (a subtree, or 'mine'), teamId.
     */
    ActivityAnalysis.Criteria analysisCriteria(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        ZoneId zone = ZoneId.of(me.timeZone());
        LocalDate from = day(params.get("from"), "from");
        LocalDate to = day(params.get("to"), "to");
        if (from == null && to == null) {
            from = LocalDate.now(zone).withDayOfMonth(1);
            to = from.plusMonths(1).minusDays(1);
        }
        if (from != null && to != null && (from.isAfter(to) || from.plusYears(5).isBefore(to))) {
            throw new BadRequestException("problem.filter.invalid", "from");
        }
        List<UUID> departments = departments(params.get("departmentId"), me);
        return new ActivityAnalysis.Criteria(from, to, zone, "me".equals(params.get("ownerId")) ? me.id()
                : uuid(params.get("ownerId"), "ownerId"), departments, uuid(params.get("teamId"), "teamId"));
    }

    /** A department and everything below it; 'mine' is the user's own; none given: no condition. */
    private List<UUID> departments(String department, CurrentUser me) {
        if (department == null || department.isBlank()) {
            return List.of();
        }
        UUID root = "mine".equals(department) ? me.departmentId() : uuid(department, "departmentId");
        return root == null ? List.of(new UUID(0, 0)) : users.subtreeOf(root);
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    /** An instant with offset, or a date meaning its start in the user's time zone. */
    static Instant time(String value, String name, CurrentUser me) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String text = value.strip();
            if (text.length() <= 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneId.of(me.timeZone())).toInstant();
            }
            // without an offset it is the user's wall clock (the calendar page asks that way)
            return text.length() <= 19 ? java.time.LocalDateTime.parse(text).atZone(ZoneId.of(me.timeZone())).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
