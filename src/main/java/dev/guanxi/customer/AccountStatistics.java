package dev.guanxi.customer;

import dev.guanxi.shared.visibility.VisibilityScope;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Counts of accounts for sales plans; only accounts within the given visibility count. */
public interface AccountStatistics {

    /**
     * Per owner, the accounts created in {@code [from, to)} that they own — new customers, whether
     * entered by hand, imported or converted from a lead.
     */
    Map<UUID, Long> newAccountsByOwner(Collection<UUID> ownerIds, Instant from, Instant to, VisibilityScope scope);
}
