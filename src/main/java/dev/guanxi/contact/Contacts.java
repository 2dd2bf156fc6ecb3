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

    /** Creates a contact with the same rules as the contact form and returns its id. */
    UUID create(ContactDraft draft);

    /** The readable contacts of an account, key decision makers first. */
    List<ContactSummary> ofAccount(UUID accountId);
}
