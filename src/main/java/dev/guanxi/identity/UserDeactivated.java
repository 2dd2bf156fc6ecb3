package dev.guanxi.identity;

import java.util.UUID;

/** A user was disabled: their sessions and tokens have ended; their records stay with the company. */
public record UserDeactivated(UUID userId) {
}
