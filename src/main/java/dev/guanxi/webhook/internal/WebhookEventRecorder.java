package dev.guanxi.webhook.internal;

import dev.guanxi.customer.AccountCreated;
import dev.guanxi.customer.AccountUpdated;
import dev.guanxi.sales.LeadConverted;
import dev.guanxi.sales.OpportunityStageChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the business events into outbox rows. Plain {@code @EventListener}s on purpose: they run in the
 * publishing transaction, so the delivery exists exactly when the change committed. The data is the
 * record's summary only (ids, name, owner, stages) — subscribers fetch more through the API if allowed.
 */
@Component
class WebhookEventRecorder {

    private final WebhookOutbox outbox;

    WebhookEventRecorder(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(AccountCreated event) {
        outbox.record(WebhookEventType.ACCOUNT_CREATED, account(event.accountId(), event.name(), event.ownerId()));
    }

    @EventListener
    void on(AccountUpdated event) {
        outbox.record(WebhookEventType.ACCOUNT_UPDATED, account(event.accountId(), event.name(), event.ownerId()));
    }

    @EventListener
    void on(LeadConverted event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leadId", event.leadId());
        data.put("accountId", event.accountId());
        data.put("contactId", event.contactId());
        data.put("opportunityId", event.opportunityId());
        outbox.record(WebhookEventType.LEAD_CONVERTED, data);
    }

    /** Every move is a stage change; closing a deal is also "won" or "lost", a separate event of its own. */
    @EventListener
    void on(OpportunityStageChanged event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("opportunityId", event.opportunityId());
        data.put("accountId", event.accountId());
        data.put("fromStage", event.fromStage());
        data.put("toStage", event.toStage());
        data.put("status", event.status());
        outbox.record(WebhookEventType.OPPORTUNITY_STAGE_CHANGED, data);
        if ("won".equals(event.status())) {
            outbox.record(WebhookEventType.OPPORTUNITY_WON, data);
        } else if ("lost".equals(event.status())) {
            outbox.record(WebhookEventType.OPPORTUNITY_LOST, data);
        }
    }

    private static Map<String, Object> account(Object id, String name, Object ownerId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountId", id);
        data.put("name", name);
        data.put("ownerId", ownerId);
        return data;
    }
}
