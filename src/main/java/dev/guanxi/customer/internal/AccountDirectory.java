package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountSummary;
import dev.guanxi.customer.Accounts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class AccountDirectory implements Accounts {

    private final AccountQueries queries;
    private final AccountAccess access;

    AccountDirectory(AccountQueries queries, AccountAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public boolean mayEdit(UUID accountId) {
        try {
            return access.mayEdit(access.readable(accountId));
        } catch (dev.guanxi.shared.problem.NotFoundException e) {
            return false;
        }
    }

    @Override
    public Optional<AccountSummary> findReadable(UUID accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return queries.findReadable(accountId, AccountAccess.scope(), false).map(AccountDirectory::summary);
    }

    @Override
    public Map<UUID, AccountSummary> findReadable(Collection<UUID> accountIds) {
        Map<UUID, AccountSummary> result = new LinkedHashMap<>();
        queries.findReadable(accountIds, AccountAccess.scope()).forEach((id, row) -> result.put(id, summary(row)));
        return result;
    }

    private static AccountSummary summary(AccountRow row) {
        return new AccountSummary(row.id(), row.name(), row.ownerId(), row.departmentId());
    }
}
