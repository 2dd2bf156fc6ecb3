package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.internal.OpportunityAlarms;
import dev.guanxi.sales.internal.OpportunityQueries;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.shared.paging.Slice;
import dev.guanxi.shared.paging.Sort;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.web.NavigationItem;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Abnormal opportunities (异常机会), the page ({@link OpportunityAlarmApi} is the API): a rep
 * sees their own, a manager their departments', a VP or administrator everyone's.
 */
@Controller
class OpportunityAlarmPages {

    private final OpportunityAlarms alarms;

    OpportunityAlarmPages(OpportunityAlarms alarms) {
        this.alarms = alarms;
    }

    @GetMapping("/opportunities/alarms")
    String page(@RequestParam(required = false) String ownerId, @RequestParam(required = false) String cursor,
                @RequestParam(required = false) String sort, Model model) {
        Sort order = Sort.parse(sort, OpportunityQueries.SORTS, CLOSING_FIRST);
        model.addAttribute("page", find(ownerId, null, cursor, order));
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("sort", order);
        model.addAttribute("idleDays", alarms.idleDays());
        return "sales/alarms";
    }

    static final Sort CLOSING_FIRST = new Sort(OpportunityQueries.SORTS.stream()
            .filter(f -> f.name().equals("expectedCloseDate")).findFirst().orElseThrow(), false);

    Slice<OpportunityAlarms.Alarm> find(String ownerId, Integer limit, String cursor, Sort sort) {
        CurrentUser me = CurrentUser.require();
        return alarms.list(owner(ownerId, me), PageRequest.of(limit, cursor, sort), me.scope());
    }

    private static UUID owner(String ownerId, CurrentUser me) {
        if (ownerId == null || ownerId.isBlank()) {
            return null;
        }
        if ("me".equals(ownerId)) {
            return me.id();
        }
        try {
            return UUID.fromString(ownerId);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", "ownerId");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem opportunityAlarmsNavigation() {
            return NavigationItem.main("nav.alarms", "/opportunities/alarms", "exclamation-triangle", 31);
        }
    }
}
