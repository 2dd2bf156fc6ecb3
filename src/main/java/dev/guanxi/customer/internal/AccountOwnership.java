package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountsReassigned;
import dev.guanxi.customer.AccountsReassigned.Reassignment;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns an account: reassignment by managers (one or many at once), the shared pool (公海) from
 * which a rep claims an account and to which an owner releases one. Records stay with the company
 * when a rep leaves: a manager reassigns them.
 */
@Service
public class AccountOwnership {

    private final AccountRepository accounts;
    private final AccountAccess access;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    AccountOwnership(AccountRepository accounts, AccountAccess access, UserDirectory users,
                     ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.access = access;
        this.users = users;
        this.events = events;
    }

    /** Gives all {@code accountIds} to {@code newOwnerId} (null: the pool). All or nothing. */
    @Transactional
    public int reassign(Collection<UUID> accountIds, UUID newOwnerId) {
        CurrentUser user = CurrentUser.require();
        if (!user.mayAssign()) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        if (accountIds.isEmpty() || accountIds.size() > 1000) {
            throw ValidationException.of("ids", "validation.bulk-size", 1000);
        }
        List<Reassignment> changes = new ArrayList<>();
        for (UUID id : accountIds.stream().distinct().toList()) {
            Account account = access.editable(id);
            Reassignment change = change(account, newOwnerId, users);
            if (change != null) {
                changes.add(change);
            }
        }
        accounts.flush();
        if (!changes.isEmpty()) {
            events.publishEvent(new AccountsReassigned(changes));
        }
        return changes.size();
    }

    /** A rep takes an account from the pool; if someone else was faster, a clear conflict. */
    @Transactional
    public Account claim(UUID accountId) {
        Account account = access.readable(accountId);
        if (!account.isInPool()) {
            throw new ConflictException("problem.account.already-owned");
        }
        CurrentUser user = CurrentUser.require();
        Reassignment change = new Reassignment(account.getId(), null, user.id(), user.departmentId());
        account.assignTo(user.id(), user.departmentId());
        try {
            accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("problem.account.already-owned");
        }
        events.publishEvent(new AccountsReassigned(List.of(change)));
        return account;
    }

    /** The owner (or a manager) puts the account back into the pool for others to claim. */
    @Transactional
    public Account release(UUID accountId) {
        Account account = access.editable(accountId);
        if (account.isInPool()) {
            return account;
        }
        Reassignment change = new Reassignment(account.getId(), account.getOwnerId(), null, null);
        account.assignTo(null, null);
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountsReassigned(List.of(change)));
        return account;
    }

    /** Changes the owner of one account being edited; null if nothing changes. */
    static Reassignment change(Account account, UUID newOwnerId, UserDirectory users) {
        if (java.util.Objects.equals(account.getOwnerId(), newOwnerId)) {
            return null;
        }
        UUID department = null;
        if (newOwnerId != null) {
            UserSummary owner = users.find(newOwnerId).filter(UserSummary::active)
                    .orElseThrow(() -> ValidationException.of("ownerId", "validation.reference-unknown"));
            if (!users.mayAssignTo(newOwnerId)) {
                throw new ForbiddenException("problem.account.assign-denied");
            }
            department = owner.departmentId();
        } else if (!CurrentUser.require().mayAssign() && !CurrentUser.require().id().equals(account.getOwnerId())) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        Reassignment reassignment = new Reassignment(account.getId(), account.getOwnerId(), newOwnerId, department);
        account.assignTo(newOwnerId, department);
        return reassignment;
    }

    /** Owner change made through the edit form: checked like a reassignment, announced the same way. */
    static void reassign(Account account, UUID newOwnerId, UserDirectory users, ApplicationEventPublisher events) {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        Reassignment change = change(account, newOwnerId, users);
        if (change != null) {
            events.publishEvent(new AccountsReassigned(List.of(change)));
        }
    }
}
