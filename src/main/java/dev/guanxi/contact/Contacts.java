package dev.guanxi.contact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Contacts for other modules, under the current user's visibility. */
public interface Contacts {

    Optional<ContactSummary> findReadable(UUID contactId);

    Map<UUID, ContactSummary> findReadable(Collection<UUID> contactIds);

    /** The readable contacts of an account, key decision makers first. */
    List<ContactSummary> ofAccount(UUID accountId);
}
