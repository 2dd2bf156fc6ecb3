package dev.guanxi.activity.internal;

import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.Accounts;
import dev.guanxi.sales.Leads;
import dev.guanxi.sales.OpportunitySummary;
import dev.guanxi.sales.Opportunities;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What an activity is about: each linked record must be one the user can see (else it is "unknown",
 * exactly as a missing one), and the account follows from the contact or the deal when not given.
 */
@Component
class ActivityLinks {

    private final Accounts accounts;
    private final Contacts contacts;
    private final Opportunities opportunities;
    private final Leads leads;

    ActivityLinks(Accounts accounts, Contacts contacts, Opportunities opportunities, Leads leads) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.leads = leads;
    }

    record Links(UUID accountId, UUID contactId, UUID opportunityId, UUID leadId) {
    }

    /** Checks the links that changed (an unchanged link stays even if its record went out of sight). */
    Links resolve(ActivityForm form, Activity current, List<FieldProblem> problems) {
        UUID accountId = form.getAccountId();
        UUID contactId = form.getContactId();
        UUID opportunityId = form.getOpportunityId();
        if (changed(contactId, current == null ? null : current.getContactId())) {
            ContactSummary contact = contacts.findReadable(contactId).orElse(null);
            if (contact == null) {
                problems.add(new FieldProblem("contactId", "validation.reference-unknown"));
            } else if (accountId == null) {
                accountId = contact.accountId();
            }
        }
        if (changed(opportunityId, current == null ? null : current.getOpportunityId())) {
            OpportunitySummary deal = opportunities.findReadable(opportunityId).orElse(null);
            if (deal == null) {
                problems.add(new FieldProblem("opportunityId", "validation.reference-unknown"));
            } else if (accountId == null) {
                accountId = deal.accountId();
            }
        }
        if (changed(accountId, current == null ? null : current.getAccountId()) && accounts.findReadable(accountId).isEmpty()) {
            problems.add(new FieldProblem("accountId", "validation.reference-unknown"));
        }
        if (changed(form.getLeadId(), current == null ? null : current.getLeadId())
                && leads.findReadableLead(form.getLeadId()).isEmpty()) {
            problems.add(new FieldProblem("leadId", "validation.reference-unknown"));
        }
        return new Links(accountId, contactId, opportunityId, form.getLeadId());
    }

    /** A deal saw activity: its idle-days alarm starts again from then. */
    void touchDeal(UUID opportunityId, java.time.Instant at) {
        if (opportunityId != null && at != null) {
            opportunities.activityHappened(opportunityId, at);
        }
    }

    private static boolean changed(UUID value, UUID before) {
        return value != null && !Objects.equals(value, before);
    }
}
