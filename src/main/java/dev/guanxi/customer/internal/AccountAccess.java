package dev.guanxi.customer.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.visibility.VisibilityScope;
import dev.guanxi.shared.visibility.VisibilitySpecifications;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for a change, with visibility in the query (an account the user may not see is
 * not found: 404), and decides who may change a visible account: whoever owns it within their
 * scope; a pool account only managers, VPs and administrators (a rep claims it first).
 */
@Component
class AccountAccess {

    private final AccountRepository accounts;

    AccountAccess(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Account readable(UUID accountId) {
        return accounts.findOne(VisibilitySpecifications.readableById(accountId, scope(), false))
                .orElseThrow(NotFoundException::new);
    }

    Account deletedReadable(UUID accountId) {
        return accounts.findOne(VisibilitySpecifications.readableById(accountId, scope(), true))
                .orElseThrow(NotFoundException::new);
    }

    Account editable(UUID accountId) {
        Account account = readable(accountId);
        requireEditable(account);
        return account;
    }

    void requireEditable(Account account) {
        if (!mayEdit(account)) {
            throw new ForbiddenException(account.isInPool() ? "problem.account.claim-first" : "problem.account.not-yours");
        }
    }

    boolean mayEdit(Account account) {
        return CurrentUser.require().mayChange(account.getOwnerId(), account.getDepartmentId());
    }

    static VisibilityScope scope() {
        return CurrentUser.get().map(CurrentUser::scope).orElse(VisibilityScope.none());
    }
}
