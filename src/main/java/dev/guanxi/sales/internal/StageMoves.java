package dev.guanxi.sales.internal;

import dev.guanxi.sales.OpportunityStageChanged;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a deal through its process: to any open stage of its own process (backwards too, which
 * reopens a closed deal), and closing it won or lost. Every move is recorded; of two moves of the
 * same deal at the same moment one wins and the other is refused as a conflict.
 */
@Service
public class StageMoves {

    private final OpportunityAccess access;
    private final OpportunityRepository opportunities;
    private final SalesProcesses processes;
    private final StageHistory history;
    private final ApplicationEventPublisher events;

    StageMoves(OpportunityAccess access, OpportunityRepository opportunities, SalesProcesses processes,
               StageHistory history, ApplicationEventPublisher events) {
        this.access = access;
        this.opportunities = opportunities;
        this.processes = processes;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public Opportunity moveTo(UUID opportunityId, String stageCode, Long expectedVersion) {
        Opportunity opportunity = access.editable(opportunityId);
        opportunity.requireVersion(expectedVersion);
        SalesStage target = processes.process(opportunity.getProcessId()).stages().stream()
                .filter(s -> s.getCode().equals(stageCode)).findFirst()
                .orElseThrow(() -> ValidationException.of("stage", "validation.stage-of-process"));
        if (!target.isOpen()) {
            throw ValidationException.of("stage", "validation.stage-close-instead");
        }
        if (target.getId().equals(opportunity.getStageId())) {
            return opportunity;
        }
        return move(opportunity, target);
    }

    @Transactional
    public Opportunity close(UUID opportunityId, String status, String winReason, String lossReason, Long expectedVersion) {
        Opportunity opportunity = access.editable(opportunityId);
        opportunity.requireVersion(expectedVersion);
        StageOutcome outcome = switch (status == null ? "" : status) {
            case "won" -> StageOutcome.WON;
            case "lost" -> StageOutcome.LOST;
            default -> throw ValidationException.of("status", "validation.close-status");
        };
        if (!opportunity.isOpen()) {
            throw new ConflictException("problem.opportunity.already-closed");
        }
        String reason = OpportunityEditing.blank(outcome == StageOutcome.LOST ? lossReason : winReason);
        if (outcome == StageOutcome.LOST && reason == null) {
            throw ValidationException.of("lossReason", "validation.loss-reason-required");
        }
        if (reason != null && reason.length() > 1000) {
            throw ValidationException.of(outcome == StageOutcome.LOST ? "lossReason" : "winReason", "validation.too-long", 1000);
        }
        if (outcome == StageOutcome.WON) {
            opportunity.closeWon(reason);
        } else {
            opportunity.closeLost(reason);
        }
        return move(opportunity, processes.process(opportunity.getProcessId()).outcome(outcome));
    }

    private Opportunity move(Opportunity opportunity, SalesStage target) {
        UUID from = opportunity.getStageId();
        String fromCode = processes.stage(from).getCode();
        Instant now = Instant.now();
        opportunity.moveTo(target, now, LocalDate.now());
        try {
            opportunities.saveAndFlush(opportunity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("problem.opportunity.moved-meanwhile");
        }
        history.record(opportunity, from, now);
        events.publishEvent(new OpportunityStageChanged(opportunity.getId(), opportunity.getAccountId(), fromCode,
                target.getCode(), opportunity.getStatus().code()));
        return opportunity;
    }
}
