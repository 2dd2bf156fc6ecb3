package dev.guanxi.customer.internal;

import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.history.ChangeHistory;
import dev.guanxi.shared.history.ChangeHistory.ChangeSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of an account (who changed what, when, old → new), with ids shown as names and
 * enumerations as message keys the page translates.
 */
@Service
public class AccountHistory {

    private static final Map<String, Function<Account, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Account::getName);
        FIELDS.put("type", a -> key("account.type.", a.getType()));
        FIELDS.put("industry", a -> key("account.industry.", a.getIndustry()));
        FIELDS.put("grade", a -> key("account.grade.", a.getGrade()));
        FIELDS.put("status", a -> key("account.status.", a.getStatus()));
        FIELDS.put("source", a -> key("account.source.", a.getSource()));
        FIELDS.put("ownerId", Account::getOwnerId);
        FIELDS.put("region", Account::getRegion);
        FIELDS.put("country", Account::getCountry);
        FIELDS.put("province", Account::getProvince);
        FIELDS.put("city", Account::getCity);
        FIELDS.put("address", Account::getAddress);
        FIELDS.put("postalCode", Account::getPostalCode);
        FIELDS.put("shippingAddress", Account::getShippingAddress);
        FIELDS.put("phone", Account::getPhone);
        FIELDS.put("fax", Account::getFax);
        FIELDS.put("email", Account::getEmail);
        FIELDS.put("website", Account::getWebsite);
        FIELDS.put("annualRevenue", Account::getAnnualRevenue);
        FIELDS.put("currency", Account::getCurrency);
        FIELDS.put("employees", Account::getEmployees);
        FIELDS.put("capacity", Account::getCapacity);
        FIELDS.put("annualDemand", Account::getAnnualDemand);
        FIELDS.put("creditLimit", Account::getCreditLimit);
        FIELDS.put("paymentTermsDays", Account::getPaymentTermsDays);
        FIELDS.put("taxId", Account::getTaxId);
        FIELDS.put("parentAccountId", Account::getParentAccountId);
        FIELDS.put("tags", a -> String.join(", ", a.getTags()));
        FIELDS.put("description", Account::getDescription);
        FIELDS.put("externalId", Account::getExternalId);
        FIELDS.put("deleted", a -> a.getDeletedAt() == null ? null : new MessageKey("history.deleted"));
    }

    private final ChangeHistory history;
    private final AccountAccess access;
    private final UserDirectory users;
    private final AccountQueries queries;
    private final org.springframework.context.MessageSource messages;

    AccountHistory(ChangeHistory history, AccountAccess access, UserDirectory users, AccountQueries queries,
                   org.springframework.context.MessageSource messages) {
        this.history = history;
        this.access = access;
        this.users = users;
        this.queries = queries;
        this.messages = messages;
    }

    /** A change shown to people: message key of the field, and values as text or message keys. */
    public record Entry(ChangeSet changeSet, List<ShownChange> changes) {
    }

    public record ShownChange(String field, String fieldKey, Object oldValue, Object newValue) {
    }

    @Transactional(readOnly = true)
    public List<Entry> of(UUID accountId, int limit) {
        access.readable(accountId);
        List<ChangeSet> sets = history.of(Account.class, accountId, FIELDS, limit);
        Set<UUID> referenced = new HashSet<>();
        sets.forEach(set -> set.changes().forEach(change -> {
            if (change.oldValue() instanceof UUID id) {
                referenced.add(id);
            }
            if (change.newValue() instanceof UUID id) {
                referenced.add(id);
            }
        }));
        Map<UUID, String> names = new java.util.HashMap<>();
        users.findAll(referenced).forEach((id, user) -> names.put(id, user.name()));
        queries.findReadable(referenced, AccountAccess.scope()).forEach((id, account) -> names.put(id, account.name()));
        return sets.stream().map(set -> new Entry(set, set.changes().stream()
                .map(change -> new ShownChange(change.field(), "account.field." + change.field(),
                        shown(change.oldValue(), names), shown(change.newValue(), names)))
                .toList())).toList();
    }

    private Object shown(Object value, Map<UUID, String> names) {
        if (value instanceof UUID id) {
            return names.getOrDefault(id, "—");
        }
        if (value instanceof MessageKey key) {
            return messages.getMessage(key.code(), null, key.code(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        return value;
    }

    /** A value shown translated, e.g. the label of an enumeration. */
    private record MessageKey(String code) {
    }

    private static MessageKey key(String prefix, dev.guanxi.shared.values.CodedEnum value) {
        return value == null ? null : new MessageKey(prefix + value.code());
    }
}
