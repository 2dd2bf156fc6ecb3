package dev.guanxi.contact.internal;

import dev.guanxi.customer.AccountPanel;
import dev.guanxi.customer.Accounts;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The contacts of an account on its 360° page, key decision makers first (决策链). */
@Component
class ContactsPanel implements AccountPanel {

    private final ContactQueries queries;
    private final Accounts accounts;

    ContactsPanel(ContactQueries queries, Accounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> render(UUID accountId) {
        var contacts = queries.ofAccounts(java.util.List.of(accountId), ContactAccess.scope(), 50);
        return Optional.of(new Panel("contacts", "nav.contacts", "contact/partials/account-panel :: panel",
                Map.of("contacts", contacts, "accountId", accountId, "mayAdd", accounts.mayEdit(accountId)),
                contacts.size()));
    }
}
