package dev.guanxi.contact.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads contacts with visibility in the query (unseen = 404) and decides who may change them. */
@Component
class ContactAccess {

    private final ContactRepository contacts;

    ContactAccess(ContactRepository contacts) {
        this.contacts = contacts;
    }

    Contact readable(UUID contactId) {
        return contacts.findOne(VisibilitySpecifications.readableById(contactId, scope(), false))
                .orElseThrow(NotFoundException::new);
    }

    Contact deletedReadable(UUID contactId) {
        return contacts.findOne(VisibilitySpecifications.readableById(contactId, scope(), true))
                .orElseThrow(NotFoundException::new);
    }

    Contact editable(UUID contactId) {
        Contact contact = readable(contactId);
        requireEditable(contact);
        return contact;
    }

    void requireEditable(Contact contact) {
        if (!mayEdit(contact)) {
            throw new ForbiddenException("problem.contact.not-yours");
        }
    }

    boolean mayEdit(Contact contact) {
        return CurrentUser.require().mayChange(contact.getOwnerId(), contact.getDepartmentId());
    }

    static VisibilityScope scope() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }
}
