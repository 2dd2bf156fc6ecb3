package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads opportunities with visibility in the query (unseen = 404) and decides who may change them. */
@Component
class OpportunityAccess {

    private final OpportunityRepository opportunities;

    OpportunityAccess(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    Opportunity readable(UUID id) {
        return opportunities.findOne(VisibilitySpecifications.readableById(id, scope(), false))
                .orElseThrow(NotFoundException::new);
    }

    Opportunity deletedReadable(UUID id) {
        return opportunities.findOne(VisibilitySpecifications.readableById(id, scope(), true))
                .orElseThrow(NotFoundException::new);
    }

    Opportunity editable(UUID id) {
        Opportunity opportunity = readable(id);
        requireEditable(opportunity);
        return opportunity;
    }

    void requireEditable(Opportunity opportunity) {
        if (!mayEdit(opportunity)) {
            throw new ForbiddenException("problem.opportunity.not-yours");
        }
    }

    boolean mayEdit(Opportunity opportunity) {
        return CurrentUser.require().mayChange(opportunity.getOwnerId(), opportunity.getDepartmentId());
    }

    static VisibilityScope scope() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }
}
