package dev.guanxi.identity;

import java.util.UUID;

/** A team as other modules show it in pickers. */
public record TeamSummary(UUID id, String name) {
}
