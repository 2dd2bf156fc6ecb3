package dev.guanxi.shared.security;

import java.util.UUID;

/** Whoever acts in the current request: written into created_by/updated_by and the change history. */
public interface Actor {

    UUID id();

    String displayName();
}
