package dev.guanxi.sales.web;

import dev.guanxi.customer.TimelineContributor.TimelineEntry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.RecordTimeline;
import dev.guanxi.sales.internal.LeadQueries;
import dev.guanxi.sales.internal.LeadRow;
import dev.guanxi.shared.problem.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A lead's timeline (loaded into the lead page): entered, worked (activities), converted — newest first. */
@Controller
class LeadTimelineController {

    static final int LIMIT = 50;

    private final LeadQueries queries;
    private final List<RecordTimeline> contributors;
    private final MessageSource messages;

    LeadTimelineController(LeadQueries queries, List<RecordTimeline> contributors, MessageSource messages) {
        this.queries = queries;
        this.contributors = contributors;
        this.messages = messages;
    }

    @GetMapping("/leads/{id}/timeline")
    String timeline(@PathVariable UUID id, Model model) {
        LeadRow lead = queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(lead.createdAt(), "person-plus", "timeline.lead-entered",
                List.of(messages.getMessage("lead.source." + lead.source(), null, LocaleContextHolder.getLocale())), null, null));
        if (lead.convertedAt() != null) {
            entries.add(new TimelineEntry(lead.convertedAt(), "person-check", "timeline.lead-became-customer", List.of(),
                    lead.ownerName(), "/accounts/" + lead.convertedAccountId()));
        }
        contributors.forEach(c -> entries.addAll(c.entriesFor(RecordTimeline.Kind.LEAD, id, LIMIT)));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        model.addAttribute("entries", entries.stream().limit(LIMIT).toList());
        model.addAttribute("emptyKey", "timeline.none");
        return "fragments/timeline :: fromModel";
    }
}
