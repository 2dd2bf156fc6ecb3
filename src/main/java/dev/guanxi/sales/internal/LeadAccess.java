package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads leads with visibility in the query (unseen = 404); unowned leads are the lead pool. */
@Component
class LeadAccess {

    private final LeadRepository leads;

    LeadAccess(LeadRepository leads) {
        this.leads = leads;
    }

    Lead readable(UUID id) {
        return leads.findOne(VisibilitySpecifications.readableById(id, scope(), false)).orElseThrow(NotFoundException::new);
    }

    Lead deletedReadable(UUID id) {
        return leads.findOne(VisibilitySpecifications.readableById(id, scope(), true)).orElseThrow(NotFoundException::new);
    }

    Lead editable(UUID id) {
        Lead lead = readable(id);
        requireEditable(lead);
        return lead;
    }

    void requireEditable(Lead lead) {
        if (!mayEdit(lead)) {
            throw new ForbiddenException(lead.getOwnerId() == null ? "problem.lead.claim-first" : "problem.lead.not-yours");
        }
    }

    boolean mayEdit(Lead lead) {
        return CurrentUser.require().mayChange(lead.getOwnerId(), lead.getDepartmentId());
    }

    static VisibilityScope scope() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }
}
