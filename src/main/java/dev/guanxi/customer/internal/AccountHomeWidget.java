package dev.guanxi.customer.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.paging.PageRequest;
import dev.guanxi.web.HomeWidget;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "My accounts" on the home page: how many, the recently changed ones, and the pool. */
@Component
class AccountHomeWidget implements HomeWidget {

    private final AccountQueries queries;

    AccountHomeWidget(AccountQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel() {
        CurrentUser me = CurrentUser.require();
        AccountFilter mine = new AccountFilter(null, null, null, null, null, null, me.id(), null, null, null, null,
                null, false);
        var recent = queries.list(mine, PageRequest.of(6, null, AccountQueries.DEFAULT_SORT), me.scope());
        return Optional.of(new Panel("home.my-accounts", "customer/partials/home :: my-accounts", Map.of(
                "count", queries.countOwnedBy(me.id()),
                "pool", queries.countPool(),
                "recent", recent.items())));
    }
}
