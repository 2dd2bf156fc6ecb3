package dev.guanxi.sales.internal;

import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.security.CurrentActor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard process template at work (销售流程模板): each stage's steps, ticked off on the deal by
 * whoever did them. Ticks stay when the deal moves on, so the rep sees what was skipped in earlier stages.
 */
@Service
public class OpportunityChecklist {

    private final JdbcClient jdbc;
    private final OpportunityAccess access;

    OpportunityChecklist(JdbcClient jdbc, OpportunityAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Step(UUID itemId, UUID stageId, String stageCode, int stagePosition, String textEn, String textZh,
                       Instant doneAt, String doneByName) {
        public boolean done() {
            return doneAt != null;
        }

        public String text(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? textZh : textEn;
        }
    }

    /** The steps with the deal's current stage, so a page can bring that stage's steps forward. */
    public record Checklist(UUID currentStageId, boolean open, List<Step> steps, int currentStagePosition) {

        /** Steps of the stages reached so far (all of them once the deal is closed). */
        public List<Step> reached() {
            return steps.stream().filter(s -> !open || s.stagePosition() <= currentStagePosition).toList();
        }

        /** Steps of the stages still ahead. */
        public List<Step> ahead() {
            return steps.stream().filter(s -> open && s.stagePosition() > currentStagePosition).toList();
        }
    }

    /** Every step of the deal's process, in stage order, with what has been done. */
    @Transactional(readOnly = true)
    public Checklist of(UUID opportunityId) {
        Opportunity opportunity = access.readable(opportunityId);
        List<Step> steps = jdbc.sql("""
                        select i.id, s.id, s.code, s.position, i.text_en, i.text_zh, c.done_at, u.name
                        from stage_checklist_items i join sales_stages s on s.id = i.stage_id
                        left join opportunity_checklist c on c.item_id = i.id and c.opportunity_id = :opportunity
                        left join users u on u.id = c.done_by
                        where s.process_id = :process order by s.position, i.position
                        """)
                .param("opportunity", opportunityId).param("process", opportunity.getProcessId())
                .query((rs, n) -> new Step(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
        int position = jdbc.sql("select position from sales_stages where id = :id").param("id", opportunity.getStageId())
                .query(Integer.class).single();
        return new Checklist(opportunity.getStageId(), opportunity.getStatus() == OpportunityStatus.OPEN, steps, position);
    }

    /** Ticks or unticks a step; ticking twice keeps the first tick. A step of another process is unknown here. */
    @Transactional
    public void mark(UUID opportunityId, UUID itemId, boolean done) {
        Opportunity opportunity = access.editable(opportunityId);
        boolean ofThisProcess = jdbc.sql("""
                        select exists (select 1 from stage_checklist_items i join sales_stages s on s.id = i.stage_id
                                       where i.id = :item and s.process_id = :process)
                        """)
                .param("item", itemId).param("process", opportunity.getProcessId()).query(Boolean.class).single();
        if (!ofThisProcess) {
            throw new NotFoundException();
        }
        if (done) {
            jdbc.sql("""
                            insert into opportunity_checklist (opportunity_id, item_id, done_by) values (:opportunity, :item, :by)
                            on conflict (opportunity_id, item_id) do nothing
                            """)
                    .param("opportunity", opportunityId).param("item", itemId).param("by", CurrentActor.idOrNull()).update();
        } else {
            jdbc.sql("delete from opportunity_checklist where opportunity_id = :opportunity and item_id = :item")
                    .param("opportunity", opportunityId).param("item", itemId).update();
        }
    }
}
