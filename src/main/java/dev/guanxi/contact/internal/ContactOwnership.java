package dev.guanxi.contact.internal;

import dev.guanxi.customer.AccountsReassigned;
import dev.guanxi.identity.UserMovedToDepartment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Contacts follow their account: when an account changes hands, the contacts that belonged to its
 * previous owner go to the new owner (contacts someone else owns stay theirs). Runs in the
 * transaction of the reassignment, so account and contacts never disagree.
 */
@Component
class ContactOwnership {

    private final ContactRepository contacts;

    ContactOwnership(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @EventListener
    void on(AccountsReassigned event) {
        java.util.Map<java.util.UUID, AccountsReassigned.Reassignment> byAccount = new java.util.HashMap<>();
        event.reassignments().forEach(change -> byAccount.put(change.accountId(), change));
        for (Contact contact : contacts.findByAccountIdIn(byAccount.keySet())) {
            AccountsReassigned.Reassignment change = byAccount.get(contact.getAccountId());
            if (java.util.Objects.equals(contact.getOwnerId(), change.previousOwnerId())) {
                contact.assignTo(change.newOwnerId(), change.newDepartmentId());
            }
        }
    }

    @EventListener
    void on(UserMovedToDepartment event) {
        contacts.moveOwnedContacts(event.userId(), event.departmentId());
    }
}
