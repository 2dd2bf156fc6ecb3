package dev.guanxi.sales.internal;

import dev.guanxi.shared.security.CurrentActor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stage history of opportunities: one row per move (from, to, when, who, the amount then). The
 * funnel's conversion and time-in-stage figures are computed from it, never from the current stage.
 */
@Component
public class StageHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StageHistory(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Change(UUID fromStageId, UUID toStageId, Instant changedAt, UUID changedBy, BigDecimal amount) {
    }

    void record(Opportunity opportunity, UUID fromStageId, Instant at) {
        jdbc.sql("""
                        insert into opportunity_stage_changes
                            (opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by, amount, owner_id, department_id)
                        values (:opportunity, :from, :to, :at, :by, :amount, :owner, :department)
                        """)
                .param("opportunity", opportunity.getId()).param("from", fromStageId).param("to", opportunity.getStageId())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", CurrentActor.idOrNull())
                .param("amount", opportunity.getAmount()).param("owner", opportunity.getOwnerId())
                .param("department", opportunity.getDepartmentId())
                .update();
    }

    /**
     * A move that happened in the past ({@link HistoricalDeals}): the deal's owner and department and
     * its amount then, who made the move and when.
     */
    record PastMove(UUID opportunityId, UUID fromStageId, UUID toStageId, Instant at, UUID by, BigDecimal amount,
                    UUID ownerId, UUID departmentId) {
    }

    /** Records moves of the past as they happened, in batches (an import brings thousands). */
    void recordPast(List<PastMove> moves) {
        batch.batchUpdate("""
                        insert into opportunity_stage_changes
                            (opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by, amount, owner_id, department_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """, moves, 500, (ps, move) -> {
                    ps.setObject(1, move.opportunityId());
                    ps.setObject(2, move.fromStageId());
                    ps.setObject(3, move.toStageId());
                    ps.setObject(4, OffsetDateTime.ofInstant(move.at(), ZoneOffset.UTC));
                    ps.setObject(5, move.by());
                    ps.setBigDecimal(6, move.amount());
                    ps.setObject(7, move.ownerId());
                    ps.setObject(8, move.departmentId());
                });
    }

    public List<Change> of(UUID opportunityId) {
        return jdbc.sql("""
                        select from_stage_id, to_stage_id, changed_at, changed_by, amount from opportunity_stage_changes
                        where opportunity_id = :id order by changed_at, id
                        """)
                .param("id", opportunityId)
                .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, UUID.class), rs.getBigDecimal(5)))
                .list();
    }
}
