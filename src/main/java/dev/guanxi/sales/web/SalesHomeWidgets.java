package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.Role;
import dev.guanxi.sales.internal.OpportunityAlarms;
import dev.guanxi.sales.internal.OpportunityFilter;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.sales.internal.OpportunityStatus;
import dev.guanxi.sales.internal.SalesHomeQueries;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.values.Money;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.web.HomeWidget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sales panels of the home page: a rep's leads, opportunities and alarms; for managers and VPs
 * their reps side by side. Each panel shows only what the user owns (or, for the team panel, what
 * their scope reaches) and links to the filtered list.
 */
final class SalesHomeWidgets {

    private SalesHomeWidgets() {
    }

    /** Sales people and their managers; other roles see the panels only when they own something. */
    static boolean sells(CurrentUser me) {
        return me.has(Role.SALES_REP) || me.has(Role.SALES_MANAGER) || me.has(Role.SALES_VP);
    }

    @Component
    static class MyAlarms implements HomeWidget {

        private final OpportunityAlarms alarms;

        MyAlarms(OpportunityAlarms alarms) {
            this.alarms = alarms;
        }

        @Override
        public int order() {
            return 5;
        }

        @Override
        public Optional<Panel> panel() {
            CurrentUser me = CurrentUser.require();
            var top = alarms.list(me.id(), PageRequest.of(5, null, OpportunityAlarmPages.CLOSING_FIRST), me.scope());
            if (top.items().isEmpty()) {
                return Optional.empty();
            }
            long count = alarms.countByOwner(new VisibilityScope(me.id(), VisibilityScope.Reach.OWN, List.of()))
                    .getOrDefault(me.id(), 0L);
            return Optional.of(new Panel("home.my-alarms", "sales/partials/home :: my-alarms",
                    Map.of("count", count, "alarms", top.items())));
        }
    }

    @Component
    static class MyOpportunities implements HomeWidget {

        private final OpportunityQueries queries;

        MyOpportunities(OpportunityQueries queries) {
            this.queries = queries;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Panel> panel() {
            CurrentUser me = CurrentUser.require();
            OpportunityFilter mine = new OpportunityFilter(null, null, null, null, OpportunityStatus.OPEN, me.id(),
                    List.of(), null, null);
            var closing = queries.list(mine, PageRequest.of(6, null, OpportunityAlarmPages.CLOSING_FIRST), me.scope());
            if (closing.items().isEmpty() && !sells(me)) {
                return Optional.empty();
            }
            var totals = queries.totalsByStage(mine, me.scope()).values().stream()
                    .reduce(OpportunityQueries.StageTotals.NONE, OpportunityQueries.StageTotals::plus);
            return Optional.of(new Panel("home.my-opportunities", "sales/partials/home :: my-opportunities", Map.of(
                    "count", totals.count(), "amounts", Money.sum(totals.amounts()), "closing", closing.items())));
        }
    }

    @Component
    static class MyLeads implements HomeWidget {

        private final SalesHomeQueries queries;

        MyLeads(SalesHomeQueries queries) {
            this.queries = queries;
        }

        @Override
        public int order() {
            return 25;
        }

        @Override
        public Optional<Panel> panel() {
            CurrentUser me = CurrentUser.require();
            long count = queries.openLeadsOwnedBy(me.id());
            if (count == 0 && !sells(me)) {
                return Optional.empty();
            }
            return Optional.of(new Panel("home.my-leads", "sales/partials/home :: my-leads", Map.of(
                    "count", count, "recent", queries.newestOpenLeads(me.id(), 6))));
        }
    }

    /** Managers: their departments' reps; VPs and administrators: everyone's. */
    @Component
    static class TeamFigures implements HomeWidget {

        private final SalesHomeQueries queries;

        TeamFigures(SalesHomeQueries queries) {
            this.queries = queries;
        }

        @Override
        public int order() {
            return 3;
        }

        @Override
        public Optional<Panel> panel() {
            CurrentUser me = CurrentUser.require();
            if (me.scope().reach() == VisibilityScope.Reach.OWN || !(me.mayAssign())) {
                return Optional.empty();
            }
            var reps = queries.perRep(me.scope(), 15);
            return Optional.of(new Panel(me.seesEverything() ? "home.company-sales" : "home.department-sales",
                    "sales/partials/home :: team", Map.of("reps", reps)));
        }
    }
}
