package dev.guanxi.customer.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.recyclebin.RecycleBinSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting moves an account to the recycle bin (回收站); restoring brings it back with its history. */
@Service
public class AccountRecycling implements RecycleBinSource {

    private final AccountAccess access;
    private final AccountRepository accounts;
    private final AccountQueries queries;
    private final UserDirectory users;

    AccountRecycling(AccountAccess access, AccountRepository accounts, AccountQueries queries, UserDirectory users) {
        this.access = access;
        this.accounts = accounts;
        this.queries = queries;
        this.users = users;
    }

    @Transactional
    public void delete(UUID accountId, Long expectedVersion) {
        Account account = access.editable(accountId);
        account.requireVersion(expectedVersion);
        account.markDeleted(CurrentUser.require().id());
        accounts.saveAndFlush(account);
    }

    /** Deletes all of them or, if one may not be deleted, none. */
    @Transactional
    public int deleteAll(java.util.Collection<UUID> accountIds) {
        if (accountIds.isEmpty() || accountIds.size() > 1000) {
            throw dev.guanxi.shared.problem.ValidationException.of("ids", "validation.bulk-size", 1000);
        }
        accountIds.stream().distinct().forEach(id -> delete(id, null));
        return (int) accountIds.stream().distinct().count();
    }

    @Override
    @Transactional
    public void restore(UUID accountId) {
        Account account = access.deletedReadable(accountId);
        access.requireEditable(account);
        account.restore();
        accounts.saveAndFlush(account);
    }

    @Override
    public String kind() {
        return "accounts";
    }

    @Override
    public String headingKey() {
        return "nav.accounts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<DeletedRecord> deleted(int limit) {
        List<AccountRow> rows = queries.deleted(AccountAccess.scope(), limit);
        Map<UUID, UserSummary> deleters = users.findAll(rows.stream().map(AccountRow::updatedBy).toList());
        return rows.stream().map(row -> new DeletedRecord(row.id(), row.name(), row.deletedAt(),
                deleters.containsKey(row.updatedBy()) ? deleters.get(row.updatedBy()).name() : "")).toList();
    }
}
