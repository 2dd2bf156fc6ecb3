package dev.guanxi.webhook.internal;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can subscribe to, by their stable code (the {@code type} of the payload). */
public enum WebhookEventType {
    ACCOUNT_CREATED("account.created"),
    ACCOUNT_UPDATED("account.updated"),
    LEAD_CONVERTED("lead.converted"),
    OPPORTUNITY_STAGE_CHANGED("opportunity.stage_changed"),
    OPPORTUNITY_WON("opportunity.won"),
    OPPORTUNITY_LOST("opportunity.lost");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
