package dev.guanxi.contact.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting moves a contact to the recycle bin; restoring brings it back. */
@Service
public class ContactRecycling implements RecycleBinSource {

    private final ContactAccess access;
    private final ContactRepository contacts;
    private final ContactQueries queries;
    private final UserDirectory users;

    ContactRecycling(ContactAccess access, ContactRepository contacts, ContactQueries queries, UserDirectory users) {
        this.access = access;
        this.contacts = contacts;
        this.queries = queries;
        this.users = users;
    }

    @Transactional
    public void delete(UUID contactId, Long expectedVersion) {
        Contact contact = access.editable(contactId);
        contact.requireVersion(expectedVersion);
        contact.markDeleted(CurrentUser.require().id());
        contacts.saveAndFlush(contact);
    }

    @Override
    @Transactional
    public void restore(UUID contactId) {
        Contact contact = access.deletedReadable(contactId);
        access.requireEditable(contact);
        contact.restore();
        contacts.saveAndFlush(contact);
    }

    @Override
    public String kind() {
        return "contacts";
    }

    @Override
    public String headingKey() {
        return "nav.contacts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<DeletedRecord> deleted(int limit) {
        List<ContactRow> rows = queries.deleted(ContactAccess.scope(), limit);
        Map<UUID, UserSummary> deleters = users.findAll(rows.stream().map(ContactRow::updatedBy).toList());
        return rows.stream().map(row -> new DeletedRecord(row.id(), row.name(), row.deletedAt(),
                deleters.containsKey(row.updatedBy()) ? deleters.get(row.updatedBy()).name() : "")).toList();
    }
}
