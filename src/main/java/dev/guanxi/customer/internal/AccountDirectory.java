package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountSummary;
import dev.guanxi.customer.Accounts;
import dev.guanxi.customer.Industry;
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
    private final AccountEditing editing;

    AccountDirectory(AccountQueries queries, AccountAccess access, AccountEditing editing) {
        this.queries = queries;
        this.access = access;
        this.editing = editing;
    }

    @Override
    public UUID create(dev.guanxi.customer.AccountDraft draft) {
        AccountForm form = new AccountForm();
        form.setName(draft.name());
        if (draft.type() != null) {
            form.setType(draft.type());
        }
        form.setIndustry(draft.industry());
        form.setSource(draft.source());
        form.setPhone(draft.phone());
        form.setEmail(draft.email());
        form.setWebsite(draft.website());
        form.setRegion(draft.region());
        form.setCity(draft.city());
        form.setOwnerId(draft.ownerId());
        return editing.create(form).getId();
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
