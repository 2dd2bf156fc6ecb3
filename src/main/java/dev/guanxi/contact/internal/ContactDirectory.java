package dev.guanxi.contact.internal;

import dev.guanxi.contact.ContactSummary;
import dev.guanxi.contact.Contacts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class ContactDirectory implements Contacts {

    private final ContactQueries queries;
    private final ContactEditing editing;

    ContactDirectory(ContactQueries queries, ContactEditing editing) {
        this.queries = queries;
        this.editing = editing;
    }

    @Override
    public UUID create(dev.guanxi.contact.ContactDraft draft) {
        ContactForm form = new ContactForm();
        form.setAccountId(draft.accountId());
        form.setName(draft.name());
        form.setTitle(draft.title());
        form.setEmail(draft.email());
        form.setPhone(draft.phone());
        form.setMobile(draft.mobile());
        form.setOwnerId(draft.ownerId());
        return editing.create(form).getId();
    }

    @Override
    public Optional<ContactSummary> findReadable(UUID contactId) {
        return contactId == null ? Optional.empty()
                : queries.findReadable(contactId, ContactAccess.scope()).map(ContactDirectory::summary);
    }

    @Override
    public Map<UUID, ContactSummary> findReadable(Collection<UUID> contactIds) {
        Map<UUID, ContactSummary> result = new LinkedHashMap<>();
        queries.findReadable(contactIds, ContactAccess.scope()).forEach((id, row) -> result.put(id, summary(row)));
        return result;
    }

    @Override
    public List<ContactSummary> ofAccount(UUID accountId) {
        return queries.ofAccounts(List.of(accountId), ContactAccess.scope(), 200).stream().map(ContactDirectory::summary).toList();
    }

    private static ContactSummary summary(ContactRow row) {
        return new ContactSummary(row.id(), row.name(), row.title(), row.accountId(), row.accountName(), row.ownerId());
    }
}
