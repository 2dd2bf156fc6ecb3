package dev.guanxi.contact.web;

import dev.guanxi.contact.ContactTimelineContributor;
import dev.guanxi.contact.internal.ContactQueries;
import dev.guanxi.customer.TimelineContributor.TimelineEntry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A contact's timeline (loaded into the contact page): what other modules did with the person, newest first. */
@Controller
class ContactTimelineController {

    static final int LIMIT = 50;

    private final ContactQueries queries;
    private final List<ContactTimelineContributor> contributors;

    ContactTimelineController(ContactQueries queries, List<ContactTimelineContributor> contributors) {
        this.queries = queries;
        this.contributors = contributors;
    }

    @GetMapping("/contacts/{id}/timeline")
    String timeline(@PathVariable UUID id, Model model) {
        queries.findReadable(id, CurrentUser.require().scope()).orElseThrow(NotFoundException::new);
        model.addAttribute("entries", contributors.stream().flatMap(c -> c.entriesForContact(id, LIMIT).stream())
                .sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(LIMIT).toList());
        model.addAttribute("emptyKey", "timeline.none");
        return "fragments/timeline :: fromModel";
    }
}
