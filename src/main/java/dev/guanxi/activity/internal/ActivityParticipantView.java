package dev.guanxi.activity.internal;

import java.util.UUID;

/** Someone taking part in an activity: a colleague (userId) or one of the customer's people (contactId). */
public record ActivityParticipantView(UUID userId, UUID contactId, String name) {
}
