package dev.guanxi.activity.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.web.HomeWidget;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "My day" on the home page (今日日程): what I have planned today, on my clock, and how many are overdue. */
@Component
class TodayHomeWidget implements HomeWidget {

    private final ActivityQueries queries;

    TodayHomeWidget(ActivityQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Panel> panel() {
        CurrentUser me = CurrentUser.require();
        ZoneId zone = ZoneId.of(me.timeZone());
        LocalDate today = LocalDate.now(zone);
        ActivityQueries.ActivityFilter mine = new ActivityQueries.ActivityFilter(ActivityQueries.View.ALL, null, null, me.id(),
                List.of(), null, null, null, null, null, null, null);
        List<ActivityRow> planned = queries.between(today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
                mine, me.scope(), 20).stream().filter(a -> !"done".equals(a.status())).toList();
        ActivityQueries.ActivityFilter overdue = new ActivityQueries.ActivityFilter(ActivityQueries.View.OVERDUE, null, null,
                me.id(), List.of(), null, null, null, null, null, null, null);
        var late = queries.list(overdue, PageRequest.of(5, null, ActivityQueries.DEFAULT_SORT), me.scope());
        return Optional.of(new Panel("home.my-day", "activity/partials/home :: my-day",
                Map.of("today", planned, "overdue", late.items(), "moreOverdue", late.nextCursor() != null)));
    }
}
