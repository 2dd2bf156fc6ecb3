package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.Currencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and working leads: a user's new lead is theirs unless they name another owner (which needs
 * the right to assign); a lead from the public web form is given an owner by the assignment rules or
 * goes to the lead pool, from which a rep claims it. Qualifying happens by conversion only.
 */
@Service
public class LeadEditing {

    private final LeadRepository leads;
    private final LeadAccess access;
    private final LeadAssignment assignment;
    private final FormValidator validator;
    private final UserDirectory users;

    LeadEditing(LeadRepository leads, LeadAccess access, LeadAssignment assignment, FormValidator validator,
                UserDirectory users) {
        this.leads = leads;
        this.access = access;
        this.assignment = assignment;
        this.validator = validator;
        this.users = users;
    }

    @Transactional
    public Lead create(LeadForm form) {
        Lead lead = new Lead(form.getName() == null ? null : form.getName().strip());
        apply(form, lead, true);
        UUID owner = form.getOwnerId() == null ? CurrentUser.require().id() : form.getOwnerId();
        assign(lead, owner, form.getOwnerId() != null);
        return leads.saveAndFlush(lead);
    }

    /** A lead from outside (the public web form): no user is signed in; the rules choose the owner. */
    @Transactional
    public Lead intake(LeadForm form) {
        Lead lead = new Lead(form.getName() == null ? null : form.getName().strip());
        apply(form, lead, true);
        assignment.ownerFor(lead).ifPresent(owner ->
                lead.assignTo(owner, users.find(owner).map(UserSummary::departmentId).orElse(null)));
        return leads.saveAndFlush(lead);
    }

    @Transactional(readOnly = true)
    public Lead current(UUID id) {
        return access.readable(id);
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(UUID id) {
        return access.mayEdit(access.readable(id));
    }

    @Transactional
    public Lead update(UUID id, LeadForm form, Long expectedVersion) {
        Lead lead = access.editable(id);
        lead.requireVersion(expectedVersion);
        if (lead.isConverted()) {
            throw new ConflictException("problem.lead.converted");
        }
        apply(form, lead, false);
        if (!Objects.equals(form.getOwnerId(), lead.getOwnerId())) {
            if (!CurrentUser.require().mayAssign()) {
                throw new ForbiddenException("problem.account.assign-denied");
            }
            if (form.getOwnerId() == null) {
                lead.assignTo(null, null);
            } else {
                assign(lead, form.getOwnerId(), true);
            }
        }
        return leads.saveAndFlush(lead);
    }

    @Transactional
    public Lead claim(UUID id) {
        Lead lead = access.readable(id);
        if (lead.getOwnerId() != null) {
            throw new ConflictException("problem.lead.already-owned");
        }
        CurrentUser me = CurrentUser.require();
        lead.assignTo(me.id(), me.departmentId());
        try {
            return leads.saveAndFlush(lead);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("problem.lead.already-owned");
        }
    }

    @Transactional
    public Lead disqualify(UUID id, String reason) {
        Lead lead = access.editable(id);
        if (lead.isConverted()) {
            throw new ConflictException("problem.lead.converted");
        }
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (clean == null) {
            throw ValidationException.of("reason", "validation.disqualify-reason");
        }
        if (clean.length() > 500) {
            throw ValidationException.of("reason", "validation.too-long", 500);
        }
        lead.disqualify(clean);
        return leads.saveAndFlush(lead);
    }

    @Transactional
    public void delete(UUID id) {
        access.editable(id).markDeleted(CurrentUser.require().id());
    }

    @Transactional
    public void restore(UUID id) {
        Lead lead = access.deletedReadable(id);
        access.requireEditable(lead);
        lead.restore();
    }

    private void apply(LeadForm form, Lead lead, boolean creating) {
        validator.validate(form);
        List<FieldProblem> problems = new ArrayList<>();
        LeadSource source = OpportunityEditing.code(LeadSource.class, form.getSource(), "source", problems);
        LeadStatus status = OpportunityEditing.code(LeadStatus.class, form.getStatus(), "status", problems);
        LeadRating rating = OpportunityEditing.code(LeadRating.class, form.getRating(), "rating", problems);
        if (status == LeadStatus.QUALIFIED && !lead.isConverted()) {
            problems.add(new FieldProblem("status", "validation.lead-qualify-by-conversion"));
        }
        if (status == LeadStatus.DISQUALIFIED && lead.getStatus() != LeadStatus.DISQUALIFIED) {
            problems.add(new FieldProblem("status", "validation.lead-disqualify-with-reason"));
        }
        if (!Currencies.isKnown(form.getCurrency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        if (form.getIndustry() != null && !form.getIndustry().isBlank()
                && dev.guanxi.shared.values.CodedEnum.fromCode(dev.guanxi.customer.Industry.class, form.getIndustry()).isEmpty()) {
            problems.add(new FieldProblem("industry", "validation.enum"));
        }
        String externalId = OpportunityEditing.blank(form.getExternalId());
        if (externalId != null && !externalId.equals(lead.getExternalId())
                && leads.findByExternalId(externalId).filter(other -> !other.getId().equals(lead.getId())).isPresent()) {
            problems.add(new FieldProblem("externalId", "validation.external-id-taken"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        lead.setExternalId(externalId);
        lead.setName(form.getName().strip());
        lead.setCompany(OpportunityEditing.blank(form.getCompany()));
        lead.setTitle(OpportunityEditing.blank(form.getTitle()));
        lead.setEmail(OpportunityEditing.blank(form.getEmail()));
        lead.setPhone(OpportunityEditing.blank(form.getPhone()));
        lead.setMobile(OpportunityEditing.blank(form.getMobile()));
        lead.setSource(source == null ? LeadSource.OTHER : source);
        if (status != null && (creating || status != LeadStatus.DISQUALIFIED)) {
            lead.setStatus(status);
        }
        lead.setRating(rating);
        lead.setInterest(OpportunityEditing.blank(form.getInterest()));
        lead.setBudget(form.getBudget());
        lead.setCurrency(form.getCurrency());
        lead.setIndustry(OpportunityEditing.blank(form.getIndustry()));
        lead.setRegion(OpportunityEditing.blank(form.getRegion()));
        lead.setCity(OpportunityEditing.blank(form.getCity()));
        lead.setNotes(OpportunityEditing.blank(form.getNotes()));
    }

    private void assign(Lead lead, UUID ownerId, boolean explicit) {
        UserSummary owner = users.find(ownerId).filter(UserSummary::active)
                .orElseThrow(() -> ValidationException.of("ownerId", "validation.reference-unknown"));
        if (explicit && !ownerId.equals(CurrentUser.require().id()) && !users.mayAssignTo(ownerId)) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        lead.assignTo(ownerId, owner.departmentId());
    }
}
