package dev.guanxi.activity.internal;

import dev.guanxi.customer.AccountPanel;
import dev.guanxi.customer.Accounts;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The account page's activities panel: what is planned next and what was done lately, with "new activity". */
@Component
class ActivityPanel implements AccountPanel {

    static final int SHOWN = 8;

    private final ActivityQueries queries;
    private final Accounts accounts;

    ActivityPanel(ActivityQueries queries, Accounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Panel> render(UUID accountId) {
        var rows = queries.about("account_id", accountId, SHOWN, ActivityAccess.scope());
        return Optional.of(new Panel("activities", "nav.activities", "activity/partials/account-panel :: panel",
                Map.of("activities", rows, "accountId", accountId, "mayAdd", accounts.findReadable(accountId).isPresent()),
                rows.size()));
    }
}
