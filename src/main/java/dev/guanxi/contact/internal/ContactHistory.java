package dev.guanxi.contact.internal;

import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.history.ChangeHistory;
import dev.guanxi.shared.history.ChangeHistory.ChangeSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what on a contact, and when; ids shown as names, codes translated. */
@Service
public class ContactHistory {

    private static final Map<String, Function<Contact, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Contact::getName);
        FIELDS.put("accountId", Contact::getAccountId);
        FIELDS.put("title", Contact::getTitle);
        FIELDS.put("departmentName", Contact::getDepartmentName);
        FIELDS.put("gender", c -> c.getGender() == null ? null : new MessageKey("contact.gender." + c.getGender().code()));
        FIELDS.put("phone", Contact::getPhone);
        FIELDS.put("mobile", Contact::getMobile);
        FIELDS.put("email", Contact::getEmail);
        FIELDS.put("otherEmail", Contact::getOtherEmail);
        FIELDS.put("wechat", Contact::getWechat);
        FIELDS.put("decisionRole", c -> c.getDecisionRole() == null ? null
                : new MessageKey("contact.role." + c.getDecisionRole().code()));
        FIELDS.put("keyDecisionMaker", Contact::isKeyDecisionMaker);
        FIELDS.put("birthday", Contact::getBirthday);
        FIELDS.put("address", Contact::getAddress);
        FIELDS.put("notes", Contact::getNotes);
        FIELDS.put("ownerId", Contact::getOwnerId);
        FIELDS.put("externalId", Contact::getExternalId);
        FIELDS.put("deleted", c -> c.getDeletedAt() == null ? null : new MessageKey("history.deleted"));
    }

    private final ChangeHistory history;
    private final ContactAccess access;
    private final UserDirectory users;
    private final Accounts accounts;
    private final MessageSource messages;

    ContactHistory(ChangeHistory history, ContactAccess access, UserDirectory users, Accounts accounts,
                   MessageSource messages) {
        this.history = history;
        this.access = access;
        this.users = users;
        this.accounts = accounts;
        this.messages = messages;
    }

    public record Entry(ChangeSet changeSet, List<ShownChange> changes) {
    }

    public record ShownChange(String field, String fieldKey, Object oldValue, Object newValue) {
    }

    private record MessageKey(String code) {
    }

    @Transactional(readOnly = true)
    public List<Entry> of(UUID contactId, int limit) {
        access.readable(contactId);
        List<ChangeSet> sets = history.of(Contact.class, contactId, FIELDS, limit);
        Set<UUID> ids = new HashSet<>();
        sets.forEach(set -> set.changes().forEach(change -> {
            if (change.oldValue() instanceof UUID id) {
                ids.add(id);
            }
            if (change.newValue() instanceof UUID id) {
                ids.add(id);
            }
        }));
        Map<UUID, String> names = new HashMap<>();
        users.findAll(ids).forEach((id, user) -> names.put(id, user.name()));
        accounts.findReadable(ids).forEach((id, account) -> names.put(id, account.name()));
        return sets.stream().map(set -> new Entry(set, set.changes().stream()
                .map(change -> new ShownChange(change.field(), "contact.field." + change.field(),
                        shown(change.oldValue(), names), shown(change.newValue(), names)))
                .toList())).toList();
    }

    private Object shown(Object value, Map<UUID, String> names) {
        if (value instanceof UUID id) {
            return names.getOrDefault(id, "—");
        }
        if (value instanceof MessageKey key) {
            return messages.getMessage(key.code(), null, key.code(), LocaleContextHolder.getLocale());
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "value.yes" : "value.no", null, LocaleContextHolder.getLocale());
        }
        return value;
    }
}
