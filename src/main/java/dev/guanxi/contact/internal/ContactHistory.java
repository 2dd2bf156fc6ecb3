package dev.guanxi.contact.internal;

import static dev.guanxi.shared.history.ChangeHistory.label;

import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.history.ChangeHistory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what on a contact, and when. */
@Service
public class ContactHistory {

    private static final Map<String, Function<Contact, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Contact::getName);
        FIELDS.put("accountId", Contact::getAccountId);
        FIELDS.put("title", Contact::getTitle);
        FIELDS.put("departmentName", Contact::getDepartmentName);
        FIELDS.put("gender", c -> label("contact.gender.", c.getGender()));
        FIELDS.put("phone", Contact::getPhone);
        FIELDS.put("mobile", Contact::getMobile);
        FIELDS.put("email", Contact::getEmail);
        FIELDS.put("otherEmail", Contact::getOtherEmail);
        FIELDS.put("wechat", Contact::getWechat);
        FIELDS.put("decisionRole", c -> label("contact.role.", c.getDecisionRole()));
        FIELDS.put("keyDecisionMaker", Contact::isKeyDecisionMaker);
        FIELDS.put("birthday", Contact::getBirthday);
        FIELDS.put("address", Contact::getAddress);
        FIELDS.put("notes", Contact::getNotes);
        FIELDS.put("ownerId", Contact::getOwnerId);
        FIELDS.put("externalId", Contact::getExternalId);
        FIELDS.put("deleted", c -> c.getDeletedAt() == null ? null : new ChangeHistory.Label("history.deleted"));
    }

    private final ChangeHistory history;
    private final ContactAccess access;
    private final UserDirectory users;
    private final Accounts accounts;

    ContactHistory(ChangeHistory history, ContactAccess access, UserDirectory users, Accounts accounts) {
        this.history = history;
        this.access = access;
        this.users = users;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<ChangeHistory.Entry> of(UUID contactId, int limit) {
        access.readable(contactId);
        return history.present(Contact.class, contactId, FIELDS, "contact.field.", ids -> {
            Map<UUID, String> names = new HashMap<>();
            users.findAll(ids).forEach((id, user) -> names.put(id, user.name()));
            accounts.findReadable(ids).forEach((id, account) -> names.put(id, account.name()));
            return names;
        }, limit);
    }
}
