package dev.guanxi.customer.internal;

import dev.guanxi.identity.UserMovedToDepartment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A user moved to another department: their accounts count there from now on, so the new
 * department's manager sees them and the old one's no longer does. Runs in the transaction of the
 * move, so visibility is never half-updated.
 */
@Component
class DepartmentMoves {

    private final AccountRepository accounts;

    DepartmentMoves(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(UserMovedToDepartment event) {
        accounts.moveOwnedAccounts(event.userId(), event.departmentId());
    }
}
