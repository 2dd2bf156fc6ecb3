package dev.guanxi.activity.web;

import dev.guanxi.activity.internal.ActivityForm;
import dev.guanxi.activity.internal.ActivityPriority;
import dev.guanxi.activity.internal.ActivityStatus;
import dev.guanxi.activity.internal.ActivityType;
import dev.guanxi.activity.internal.Evaluation;
import dev.guanxi.activity.internal.Frequency;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.Leads;
import dev.guanxi.sales.Opportunities;
import dev.guanxi.shared.values.Currencies;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The option lists of activity pages, and the names of the records a form is linked to. */
@Component
class ActivityChoices {

    private final UserDirectory users;
    private final Accounts accounts;
    private final Contacts contacts;
    private final Opportunities opportunities;
    private final Leads leads;

    ActivityChoices(UserDirectory users, Accounts accounts, Contacts contacts, Opportunities opportunities, Leads leads) {
        this.users = users;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.leads = leads;
    }

    void addTo(Model model) {
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("priorities", ActivityPriority.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("evaluations", Evaluation.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("assignableUsers", users.assignableUsers());
        model.addAttribute("departments", users.departments());
    }

    void addFormChoices(Model model, ActivityForm form) {
        addTo(model);
        model.addAttribute("currencies", Currencies.OFFERED);
        model.addAttribute("colleagues", users.activeUsers());
        model.addAttribute("accountName", form.getAccountId() == null ? null
                : accounts.findReadable(form.getAccountId()).map(a -> a.name()).orElse(null));
        model.addAttribute("accountContacts", form.getAccountId() == null ? List.of() : contacts.ofAccount(form.getAccountId()));
        model.addAttribute("opportunityName", form.getOpportunityId() == null ? null
                : opportunities.findReadable(form.getOpportunityId()).map(o -> o.name()).orElse(null));
        model.addAttribute("leadName", form.getLeadId() == null ? null
                : leads.findReadableLead(form.getLeadId()).map(l -> l.name()).orElse(null));
    }
}
