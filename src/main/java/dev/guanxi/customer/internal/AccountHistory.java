package dev.guanxi.customer.internal;

import dev.guanxi.customer.Industry;
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
import static dev.guanxi.shared.history.ChangeHistory.label;


/** The change history of an account: who changed what, when, old → new. */
@Service
public class AccountHistory {

    private static final Map<String, Function<Account, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Account::getName);
        FIELDS.put("type", a -> label("account.type.", a.getType()));
        FIELDS.put("industry", a -> label("account.industry.", a.getIndustry()));
        FIELDS.put("grade", a -> label("account.grade.", a.getGrade()));
        FIELDS.put("status", a -> label("account.status.", a.getStatus()));
        FIELDS.put("source", a -> label("account.source.", a.getSource()));
        FIELDS.put("individual", Account::isIndividual);
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
        FIELDS.put("deleted", a -> a.getDeletedAt() == null ? null : new ChangeHistory.Label("history.deleted"));
    }

    private final ChangeHistory history;
    private final AccountAccess access;
    private final UserDirectory users;
    private final AccountQueries queries;

    AccountHistory(ChangeHistory history, AccountAccess access, UserDirectory users, AccountQueries queries) {
        this.history = history;
        this.access = access;
        this.users = users;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<ChangeHistory.Entry> of(UUID accountId, int limit) {
        access.readable(accountId);
        return history.present(Account.class, accountId, FIELDS, "account.field.", ids -> {
            Map<UUID, String> names = new HashMap<>();
            users.findAll(ids).forEach((id, user) -> names.put(id, user.name()));
            queries.findReadable(ids, AccountAccess.scope()).forEach((id, account) -> names.put(id, account.name()));
            return names;
        }, limit);
    }
}
