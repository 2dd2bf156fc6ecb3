package dev.guanxi.sales.internal;

import dev.guanxi.contact.ContactDraft;
import dev.guanxi.contact.Contacts;
import dev.guanxi.customer.AccountDraft;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.sales.LeadConverted;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converting a qualified lead (线索转化), all in one transaction: the company becomes an account (or
 * the lead joins an existing account), the person a contact, and — if asked — a first opportunity in
 * the default process is opened. The lead stays, qualified, pointing at what it became; the
 * opportunity points back at the lead. A lead converts once.
 */
@Service
public class LeadConversion {

    private final LeadAccess access;
    private final LeadRepository leads;
    private final Accounts accounts;
    private final Contacts contacts;
    private final OpportunityEditing opportunities;
    private final OpportunityRepository opportunityRepository;
    private final ApplicationEventPublisher events;

    LeadConversion(LeadAccess access, LeadRepository leads, Accounts accounts, Contacts contacts,
                   OpportunityEditing opportunities, OpportunityRepository opportunityRepository,
                   ApplicationEventPublisher events) {
        this.access = access;
        this.leads = leads;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.opportunityRepository = opportunityRepository;
        this.events = events;
    }

    public record Result(UUID accountId, UUID contactId, UUID opportunityId) {
    }

    @Transactional
    public Result convert(UUID leadId, UUID existingAccountId, boolean createOpportunity, String opportunityName) {
        Lead lead = access.editable(leadId);
        if (lead.isConverted()) {
            throw new ConflictException("problem.lead.already-converted");
        }
        if (lead.getStatus() == LeadStatus.DISQUALIFIED) {
            throw new ConflictException("problem.lead.disqualified");
        }
        UUID owner = lead.getOwnerId() == null ? CurrentUser.require().id() : lead.getOwnerId();
        UUID accountId = existingAccountId != null ? existingAccount(existingAccountId) : newAccount(lead, owner);
        UUID contactId = contacts.create(new ContactDraft(accountId, lead.getName(), lead.getTitle(), lead.getEmail(),
                lead.getPhone(), lead.getMobile(), owner));
        UUID opportunityId = createOpportunity ? opportunity(lead, accountId, owner, opportunityName) : null;
        lead.converted(accountId, contactId, opportunityId, Instant.now());
        leads.saveAndFlush(lead);
        events.publishEvent(new LeadConverted(lead.getId(), accountId, contactId, opportunityId));
        return new Result(accountId, contactId, opportunityId);
    }

    private UUID existingAccount(UUID accountId) {
        if (accounts.findReadable(accountId).isEmpty()) {
            throw ValidationException.of("accountId", "validation.reference-unknown");
        }
        if (!accounts.mayEdit(accountId)) {
            throw new ForbiddenException("problem.opportunity.account-not-yours");
        }
        return accountId;
    }

    private UUID newAccount(Lead lead, UUID owner) {
        String name = lead.getCompany() != null ? lead.getCompany() : lead.getName();
        return accounts.create(new AccountDraft(name, "end_customer", lead.getIndustry(),
                lead.getSource() == LeadSource.WEB_FORM ? "web" : sourceOf(lead.getSource()), lead.getPhone(),
                lead.getEmail(), null, lead.getRegion(), lead.getCity(), owner));
    }

    private UUID opportunity(Lead lead, UUID accountId, UUID owner, String name) {
        OpportunityForm form = new OpportunityForm();
        String company = lead.getCompany() != null ? lead.getCompany() : lead.getName();
        form.setName(name == null || name.isBlank() ? company : name.strip());
        form.setAccountId(accountId);
        form.setOwnerId(owner);
        form.setSource(OpportunitySource.LEAD.code());
        form.setAmount(lead.getBudget());
        form.setCurrency(lead.getCurrency());
        form.setDescription(lead.getInterest());
        Opportunity opportunity = opportunities.create(form);
        opportunity.setLeadId(lead.getId());
        opportunityRepository.saveAndFlush(opportunity);
        return opportunity.getId();
    }

    /** Lead and account sources share most codes; those an account does not know become "other". */
    private static String sourceOf(LeadSource source) {
        return switch (source) {
            case PHONE -> "phone";
            case EMAIL -> "email";
            case CAMPAIGN -> "campaign";
            case WALK_IN -> "walk_in";
            case REFERRAL -> "referral";
            case TRADE_SHOW -> "trade_show";
            case IMPORT -> "import";
            default -> "other";
        };
    }
}
