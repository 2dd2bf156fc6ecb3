package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityCalendar;
import dev.guanxi.activity.internal.ActivityEditing;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.web.LocalDateTimeInput;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The calendar page (month, week, day, agenda), the events it loads for the range on screen, and
 * moving an activity by dragging it.
 */
@Controller
class CalendarController {

    private final CalendarRequests requests;
    private final ActivityEditing editing;
    private final ActivityFilterParameters filters;
    private final UserDirectory users;

    CalendarController(CalendarRequests requests, ActivityEditing editing, ActivityFilterParameters filters,
                       UserDirectory users) {
        this.requests = requests;
        this.editing = editing;
        this.filters = filters;
        this.users = users;
    }

    @GetMapping("/calendar")
    String page(@RequestParam Map<String, String> params, Model model) {
        Map<String, String> whose = new LinkedHashMap<>();
        for (String name : List.of("ownerId", "teamId", "departmentId")) {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                whose.put(name, params.get(name));
            }
        }
        if (whose.isEmpty()) {
            whose.put("ownerId", "me");
        }
        filters.parse(whose);
        model.addAttribute("whose", whose);
        model.addAttribute("offsetMinutes",
                ZoneId.of(CurrentUser.require().timeZone()).getRules().getOffset(java.time.Instant.now()).getTotalSeconds() / 60);
        model.addAttribute("assignableUsers", users.assignableUsers());
        model.addAttribute("teams", users.teams());
        model.addAttribute("departments", users.departments());
        return "activity/calendar";
    }

    /** The events of the range on screen (FullCalendar asks with from/to); the API twin is in {@link CalendarApi}. */
    @GetMapping("/calendar/events")
    @ResponseBody
    List<ActivityCalendar.Event> events(@RequestParam Map<String, String> params) {
        return requests.events(params);
    }

    /**
     * Dropped on another time (or resized): the new start and end on the user's wall clock, as the page
     * shows it (a value with an offset is taken as given); the version guards against a lost update.
     */
    @PostMapping("/calendar/events/{id}/move")
    @ResponseBody
    Map<String, Object> move(@PathVariable UUID id, @RequestParam String start, @RequestParam(required = false) String end,
                             @RequestParam long version) {
        LocalDateTimeInput wallClock = new LocalDateTimeInput(ZoneId.of(CurrentUser.require().timeZone()));
        var moved = editing.reschedule(id, wallClockTime(wallClock, start, "start"), wallClockTime(wallClock, end, "end"), version);
        return Map.of("id", moved.getId(), "version", moved.getVersion());
    }

    private static OffsetDateTime wallClockTime(LocalDateTimeInput wallClock, String value, String name) {
        try {
            wallClock.setAsText(value);
            return (OffsetDateTime) wallClock.getValue();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }
}
