package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads opportunities with visibility in the query (unseen = 404) and decides who may change them. */
@Component
class OpportunityAccess {

    private final OpportunityRepository opportunities;
    private final JdbcClient jdbc;

    OpportunityAccess(OpportunityRepository opportunities, JdbcClient jdbc) {
        this.opportunities = opportunities;
        this.jdbc = jdbc;
    }

    /** Visible by ownership and department, or to a member of the deal's team. */
    Opportunity readable(UUID id) {
        return opportunities.findOne(VisibilitySpecifications.readableById(id, scope(), false))
                .or(() -> onTeam(id) ? opportunities.findById(id).filter(o -> o.getDeletedAt() == null) : java.util.Optional.empty())
                .orElseThrow(NotFoundException::new);
    }

    private boolean onTeam(UUID id) {
        return CurrentUser.get().map(me -> jdbc.sql(
                        "select exists (select 1 from opportunity_team where opportunity_id = :id and user_id = :me)")
                .param("id", id).param("me", me.id()).query(Boolean.class).single()).orElse(false);
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
